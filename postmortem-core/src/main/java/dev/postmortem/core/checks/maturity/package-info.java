/**
 * The blameless maturity model of the guide's section 6: from a collection of postmortems, a level
 * from 0 (reactive blaming) to 4 (generative) with the evidence behind each indicator.
 */
package dev.postmortem.core.checks.maturity;
