/**
 * The interaction module's dashboard cards: contact records this week against last, overdue tasks
 * by person, customers without contact for 30 days; each computed under the reach of the user's
 * {@code supervision.read}.
 */
package io.pyra.interaction.dashboard;
