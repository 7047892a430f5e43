package io.pyra.marketing.form;

/** Where a checked submission becomes a lead (source WEB_FORM) of the form's campaign. */
interface FormLeads {

  void receive(FormLead lead);
}
