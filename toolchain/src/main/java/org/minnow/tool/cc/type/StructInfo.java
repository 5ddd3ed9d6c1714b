package org.minnow.tool.cc.type;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a struct or union, shared by every (qualified) variant of its type, so that a
 * struct declared first and defined later is complete everywhere once it is defined.
 */
public final class StructInfo {
    public final String tag;
    public List<Member> members = new ArrayList<>();
    public boolean complete;
    public int size;
    public int align = 1;
    /** The last member is an array without a size (C99 6.7.2.1p16). */
    public boolean flexible;

    public StructInfo(String tag) {
        this.tag = tag;
    }

    /** The member called {@code name}, looking into anonymous structs and unions; null if none. */
    public Member find(String name) {
        for (Member m : members) {
            if (name.equals(m.name)) {
                return m;
            }
            if (m.name == null && m.type.isStructOrUnion()) {
                Member inner = m.type.struct.find(name);
                if (inner != null) {
                    return inner.shifted(m.offset);
                }
            }
        }
        return null;
    }
}
