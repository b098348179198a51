package org.defensor.letters;

import java.util.List;
import java.util.Map;
import org.defensor.audit.AuditEntry;

/**
 * The wording of letters, which admins edit. Wording templates have fixed keys (the drafting code
 * fills them); question templates form the question bank, to which admins add their own.
 *
 * <p>Wording keys and the values each receives:
 * <ul>
 * <li>{@code mandates}: {@code mandates} (the mandates' titles, joined) — the first line of a letter;
 * <li>{@code reference-note}: none — the line under the reference;
 * <li>{@code salutation}: none;
 * <li>{@code capacities}: {@code capacities} (holders' capacities, joined), {@code resolutions} (joined);
 * <li>{@code previous}: {@code earlier} (list of {@code reference}, {@code sent}, {@code replies}: list of {@code date}),
 *     {@code anyReply} (true when any earlier letter got a reply);
 * <li>{@code summary}: {@code summary} (the communication's own summary), {@code persons} (names, joined);
 * <li>{@code facts-intro}: none — the sentence that opens the facts;
 * <li>{@code concerns}: {@code persons} — the default concerns paragraph of a new draft;
 * <li>{@code questions-intro}: none;
 * <li>{@code reply-window}: {@code days} (the reply deadline in days);
 * <li>{@code closing}: none — interim measures and courtesy;
 * <li>{@code annex-intro}: none;
 * <li>{@code annex-provision}: {@code instrument}, {@code provision} (e.g. "article 21"), {@code title} — one line per provision.
 * <li>{@code annex-recommendations}: {@code state} (the State's name) — opens the recommendations the annex cites;
 * <li>{@code annex-upr}: {@code state}, {@code date} (of the review; may be empty), {@code recommendations} (list of
 *     {@code identifier}, {@code text}) — one paragraph per review;
 * <li>{@code annex-concluding-observations}: {@code committee}, {@code committeePossessive} ("the Human Rights Committee's"
 *     without the article), {@code date} (may be empty), {@code document} (the symbol);
 * <li>{@code annex-treaty-body-recommendation}: {@code state}, {@code identifier} (e.g. "14(a)"), {@code text} (quoted in a sentence);
 * <li>{@code annex-treaty-body-observation}: the same, for a paragraph in which the Committee observes rather than
 *     recommends ("The Committee expressed concern ..."): its text as a sentence of its own.
 * </ul>
 * Question templates receive {@code incidents}: list of {@code title}, {@code date}, {@code place}; and
 * {@code persons} (names, joined).
 */
public interface LetterTemplates {

    /** Every template, wording first, then the question bank, each in a stable order. */
    List<TemplateData> list();

    TemplateData get(String key);

    /** The template filled with {@code values}; unknown keys fail with {@link org.defensor.shared.RecordNotFoundException}. */
    String fill(String key, Map<String, ?> values);

    /** Changes a template's label and text; the version must be the stored one. Audited. */
    TemplateData update(String key, TemplateData data);

    /** Adds a question to the question bank. Audited. */
    TemplateData addQuestion(TemplateData data);

    /** Removes a question of the bank (wording templates cannot be removed). Audited. */
    void removeQuestion(String key, long version);

    /** Every write to the template (who changed the wording, when, from what), newest first. */
    List<AuditEntry> history(String key);
}
