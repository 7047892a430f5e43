package io.pyra.marketing.form;

import java.util.UUID;

/**
 * A submission that passed the form's checks: the phone in E.164 and the e-mail lower-cased (one of
 * them at least), the consents as given, the client's address for the lead's history.
 */
record FormLead(
    FormCampaign campaign,
    String name,
    String phone,
    String email,
    UUID centreId,
    String message,
    boolean consentEmail,
    boolean consentSms,
    boolean consentPhone,
    String clientAddress) {}
