/**
 * How the command line finds, reads, checks and reports documents. Not API.
 */
package dev.postmortem.cli.internal;
