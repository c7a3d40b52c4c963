/**
 * Markdown for postmortems: the template's layout written out, Markdown postmortems read back with
 * diagnostics, and the post-incident announcement for Slack and Teams.
 */
module dev.postmortem.markdown {
    requires transitive dev.postmortem.core;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.snakeyaml.engine;

    exports dev.postmortem.markdown;
}
