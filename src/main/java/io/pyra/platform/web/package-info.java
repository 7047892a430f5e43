/**
 * The web shell every page lives in, and its extension points, each a bean a module declares in its
 * own {@code web} package (the layout is never edited for a module):
 *
 * <ul>
 *   <li>{@link io.pyra.platform.web.ModuleMenu}: the module's {@link io.pyra.platform.web.MenuEntry
 *       links} in the sidebar, grouped by {@link io.pyra.platform.web.MenuGroup} and shown to those
 *       holding their permission;
 *   <li>{@link io.pyra.platform.web.ModuleHomePages}: {@link io.pyra.platform.web.HomePage pages}
 *       that can be a user's home ({@code /}); {@link io.pyra.platform.web.Home} picks the one of
 *       highest priority whose permission the user holds, or My day;
 *   <li>{@link io.pyra.platform.web.ModuleDashboard}: the module's {@link
 *       io.pyra.platform.web.DashboardCard cards} on {@code /dashboard}; the page loads each card's
 *       fragment from the module with htmx, the module computing its figures under the user's
 *       visibility;
 *   <li>{@link io.pyra.platform.web.Chart}: a chart as data, drawn by {@code /js/pyra-charts.js}
 *       with ECharts from the fragment {@code platform/chart :: chart(chart, id, labelKey)}, no
 *       inline script, so the Content-Security-Policy stays strict.
 * </ul>
 */
package io.pyra.platform.web;
