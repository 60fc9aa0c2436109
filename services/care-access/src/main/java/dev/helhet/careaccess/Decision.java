package dev.helhet.careaccess;

import java.util.EnumSet;
import java.util.Set;

/** What need-to-know decided: why the caller may see the person (null: they may not) and which categories are open. */
public record Decision(CareRelation relation, Set<InformationCategory> open) {

    private static final Decision REFUSED = new Decision(null, Set.of());

    public Decision {
        open = open.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(open));
    }

    public static Decision refused() {
        return REFUSED;
    }

    static Decision everything(CareRelation relation) {
        return new Decision(relation, EnumSet.allOf(InformationCategory.class));
    }

    public boolean admitted() {
        return relation != null;
    }

    public boolean sees(InformationCategory category) {
        return open.contains(category);
    }
}
