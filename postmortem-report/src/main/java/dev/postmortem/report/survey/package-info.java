/**
 * The anonymous Blameless Health Audit: survey answers read from CSV ({@link
 * dev.postmortem.report.survey.Survey}), the question set ({@link
 * dev.postmortem.report.survey.QuestionSet}), and their aggregation per period and team with a
 * minimum group size ({@link dev.postmortem.report.survey.HealthAudit}).
 */
package dev.postmortem.report.survey;
