package org.peersite.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peersite.diag.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** TEMPORARY stand-in until the schema work lands; replaced wholesale. */
public final class SiteConfigParser {

    private SiteConfigParser() {
    }

    @SuppressWarnings("unchecked")
    public static SiteConfig parse(String text, String displayPath, List<Diagnostic> out) {
        Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        List<SiteConfig.MenuItem> menu = new ArrayList<>();
        if (m.get("menu") != null) {
            for (Map<String, Object> item : (List<Map<String, Object>>) m.get("menu")) {
                menu.add(new SiteConfig.MenuItem((String) item.get("title"), (String) item.get("url")));
            }
        }
        String base = (String) m.get("baseUrl");
        return new SiteConfig((String) m.get("title"), base.endsWith("/") ? base : base + "/",
                (String) m.get("description"), m.get("language") == null ? "en" : (String) m.get("language"), menu,
                SiteConfig.Features.DEFAULTS);
    }
}
