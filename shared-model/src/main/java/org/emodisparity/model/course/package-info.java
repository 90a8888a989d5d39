/**
 * A client's course over sessions, relative to their own history.
 * <ul>
 *   <li>{@link org.emodisparity.model.course.SessionSummary}: the figures of one session, computed from its
 *       {@code report.json} and kept beside it as {@code summary.json} (talk share, agreement, episodes per hour,
 *       dominant labels, mean valence, the client's vocal baseline, the models used);</li>
 *   <li>{@link org.emodisparity.model.course.ClientCourse}: the figures in date order with the client's own median
 *       and range and a statement about the latest session against the client's earlier ones;</li>
 *   <li>{@link org.emodisparity.model.course.ClientSessions}: finds a client's sessions in one clinic's store;</li>
 *   <li>{@link org.emodisparity.model.course.CourseHtml}: the self-contained trend page (inline SVG small multiples,
 *       no script), written by {@code ./emodisparity trend} and served by {@code GET /clients/{ref}/trend.html}.</li>
 * </ul>
 */
package org.emodisparity.model.course;
