package io.clientlens.app.web;

import io.clientlens.app.security.Actors;
import io.clientlens.app.security.Capability;
import io.clientlens.staff.Role;
import io.clientlens.app.ui.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;
import java.util.Optional;

/**
 * The site menu: exactly the pages the signed-in role may open, asked of the one role table ({@link Capability}), in the
 * order of a working day (docs/USER-GUIDE.md, "Menu"). Every {@link PageController} page and the error pages show it;
 * the pages still refuse other roles themselves.
 */
@ControllerAdvice(annotations = PageController.class)
public class Navigation {

    /**
     * One menu entry: {@code key} is what a page passes to the layout to mark itself current, {@code message} the label's
     * key in the message bundles (zh and en).
     */
    public record Item(String key, String path, String message) {
    }

    private record Entry(Item item, Optional<Capability> needs) {
        boolean shownTo(Role role) {
            return needs.map(c -> c.allows(role)).orElse(true);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(new Item("home", "/", "nav.home"), Optional.empty()),
            new Entry(new Item("customers", "/customers", "nav.customers"), Optional.of(Capability.LIST_CUSTOMERS)),
            new Entry(new Item("tasks", "/tasks", "nav.tasks"), Optional.of(Capability.TASKS)),
            new Entry(new Item("requests", "/service-requests", "nav.requests"), Optional.of(Capability.SERVICE_REQUESTS)),
            new Entry(new Item("referrals", "/referrals", "nav.referrals"), Optional.of(Capability.REFERRALS)),
            new Entry(new Item("campaigns", "/campaigns", "nav.campaigns"), Optional.of(Capability.CAMPAIGNS)),
            new Entry(new Item("approvals", "/approvals", "nav.approvals"), Optional.of(Capability.APPROVE)),
            new Entry(new Item("dashboards", "/dashboards", "nav.dashboards"), Optional.of(Capability.READ_AGGREGATES)),
            new Entry(new Item("audit", "/audit", "nav.audit"), Optional.of(Capability.READ_AUDIT)),
            new Entry(new Item("aml", "/aml", "nav.aml"), Optional.of(Capability.READ_AML)),
            new Entry(new Item("admin", "/admin", "nav.admin"), Optional.of(Capability.ADMINISTER)));

    /** The menu of a role, in order. */
    public static List<Item> menu(Role role) {
        return ENTRIES.stream().filter(e -> e.shownTo(role)).map(Entry::item).toList();
    }

    /** The menu of whoever is signed in; none on a page nobody is signed in to. */
    public static List<Item> current() {
        try {
            return menu(Actors.current().role());
        } catch (RuntimeException notSignedIn) {
            return List.of();
        }
    }

    @ModelAttribute("menu")
    List<Item> menu() {
        return current();
    }

    /** The signed-in user's name beside the sign-out button, on every page (a page may set it itself). */
    @ModelAttribute("username")
    String username() {
        try {
            return Actors.current().username();
        } catch (RuntimeException notSignedIn) {
            return null;
        }
    }
}
