package dev.postmortem.interop;

import dev.postmortem.core.model.OwnerHandle;
import dev.postmortem.interop.internal.Node;
import dev.postmortem.interop.internal.OpenSloReader;
import dev.postmortem.json.common.JsonReadException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action item's owner handle is called in a tracker: the Jira account id or GitHub login of
 * {@code @db-lead}. A team writes it; the exporters assign an issue only through it and never guess
 * an account from a handle. Read from a YAML or JSON object of handle to account, such as
 * {@code "@db-lead": "5b10ac8d82e05b22cc7d4ef5"}. Immutable and thread-safe.
 */
public final class OwnerMap {
    /** The longest file read, in bytes. */
    public static final int MAX_LENGTH = 1_000_000;

    private static final OwnerMap EMPTY = new OwnerMap(Map.of());

    private final Map<OwnerHandle, String> accounts;

    private OwnerMap(Map<OwnerHandle, String> accounts) {
        this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    /**
     * The map that knows no owner: every owner is reported as unmapped.
     *
     * @return the empty map
     */
    public static OwnerMap empty() {
        return EMPTY;
    }

    /**
     * A map of handles to accounts.
     *
     * @param accounts handle to account; accounts not blank
     * @return the map
     * @throws IllegalArgumentException if an account is blank
     */
    public static OwnerMap of(Map<OwnerHandle, String> accounts) {
        Objects.requireNonNull(accounts, "accounts");
        accounts.forEach((k, v) -> {
            if (k == null || v == null || v.isBlank()) {
                throw new IllegalArgumentException(
                        "the owner " + k + " maps to no account; give its account id or login");
            }
        });
        return new OwnerMap(accounts);
    }

    /**
     * Reads a YAML or JSON object of handle to account.
     *
     * @param text the file's text
     * @return the map
     * @throws JsonReadException naming the JSON pointer of an entry that is not a handle and an account
     */
    public static OwnerMap parse(String text) {
        Node root = OpenSloReader.tree(text, MAX_LENGTH);
        root.object("an object of owner handle to account, such as \"@db-lead\": \"5b10ac8d82e05b22cc7d4ef5\"");
        Map<OwnerHandle, String> out = new LinkedHashMap<>();
        for (String name : root.json().propertyNames()) {
            Node v = root.get(name);
            OwnerHandle h;
            try {
                h = OwnerHandle.parse(name);
            } catch (IllegalArgumentException e) {
                throw v.error("'" + name + "' is not an owner handle", OwnerHandle.FORM);
            }
            String account = v.requiredText("the account of " + h).strip();
            if (account.isEmpty()) {
                throw v.error("the account is empty", "the owner's Jira account id or GitHub login");
            }
            out.put(h, account);
        }
        return new OwnerMap(out);
    }

    /**
     * The account of a handle.
     *
     * @param owner the handle
     * @return the account, or empty when the map does not know it
     */
    public Optional<String> account(OwnerHandle owner) {
        return Optional.ofNullable(accounts.get(owner));
    }

    /**
     * Every entry.
     *
     * @return handle to account, in file order
     */
    public Map<OwnerHandle, String> asMap() {
        return accounts;
    }
}
