package io.pyra.marketing.form;

import java.util.UUID;

/** The campaign a form belongs to, as the form needs it: who receives its leads. */
record FormCampaign(UUID id, String code, String name, UUID ownerId, UUID orgUnitId) {}
