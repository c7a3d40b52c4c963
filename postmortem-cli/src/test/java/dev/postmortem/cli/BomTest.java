package dev.postmortem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM names every module the build publishes, at the build's version. The BOM has no parent
 * (so importing it pins nothing but postmortem's own modules), which means nothing else keeps its
 * version and its list in step with the build; this test does. Runs from the CLI module, the last
 * published module of the reactor.
 */
class BomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element e, String name) {
        NodeList l = e.getElementsByTagName(name);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().trim();
    }

    private static String ownVersion(Document d) {
        NodeList l = d.getDocumentElement().getChildNodes();
        for (int i = 0; i < l.getLength(); i++) {
            if (l.item(i) instanceof Element e && e.getTagName().equals("version")) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    @Test
    void theBomListsEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("postmortem-bom/pom.xml"));
        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (!module.equals("postmortem-bom") && !pom.contains("<maven.deploy.skip>true")) {
                published.add(module);
            }
        }
        List<String> listed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(child(d, "version")).isEqualTo("${project.version}");
            listed.add(child(d, "artifactId"));
        }
        assertThat(published).contains("postmortem-core", "postmortem-cli");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(published);
        assertThat(ownVersion(bom)).isEqualTo(ownVersion(parent));
        assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
    }
}
