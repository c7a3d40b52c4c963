/**
 * Internal: the language rules' engine. {@link dev.postmortem.core.internal.language.ScannedText}
 * splits a text into words and sentences; {@link dev.postmortem.core.internal.language.Vocabulary}
 * holds the word classes of {@code language/classes/}; {@link
 * dev.postmortem.core.internal.language.Analysis} is the one pass over a text;
 * {@link dev.postmortem.core.internal.language.LanguageRuleFile} and {@link
 * dev.postmortem.core.internal.language.RuleEngine} parse and run the rule files of {@code
 * language/rules/}. Not API.
 */
package dev.postmortem.core.internal.language;
