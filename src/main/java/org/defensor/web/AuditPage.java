package org.defensor.web;

import java.util.List;
import org.defensor.audit.AuditEntry;
import org.springframework.ui.Model;

/** The page listing a record's audit entries: its history (writes) or who viewed it (reads). */
public final class AuditPage {

    private AuditPage() {}

    /** Fills the model of the {@code history} template and names it. */
    public static String of(Model model, String title, String back, List<AuditEntry> entries, boolean views) {
        model.addAttribute("title", title);
        model.addAttribute("back", back);
        model.addAttribute("entries", entries);
        model.addAttribute("views", views);
        return "history";
    }
}
