/**
 * The exceptions by which aggregates and views say a rule was broken, a thing is unknown or a command
 * is malformed. They know nothing of HTTP: the web layer ({@code platform.web.Problems}) maps each to
 * its problem+json answer.
 */
package nl.netwerkregie.platform.domain;
