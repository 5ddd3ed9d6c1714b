package org.minnow.tool.cc.type;

/**
 * Where a value is converted to the type of its destination: an assignment, an initialization,
 * an argument of a call, or a return. It only changes the wording of the messages, which
 * follows GCC's.
 */
public final class ConversionContext {
    private enum Kind { ASSIGNMENT, INITIALIZATION, ARGUMENT, RETURN }

    private final Kind kind;
    private final int argument;
    private final String function;

    private ConversionContext(Kind kind, int argument, String function) {
        this.kind = kind;
        this.argument = argument;
        this.function = function;
    }

    public static ConversionContext assignment() {
        return new ConversionContext(Kind.ASSIGNMENT, 0, null);
    }

    public static ConversionContext initialization() {
        return new ConversionContext(Kind.INITIALIZATION, 0, null);
    }

    /** Argument number {@code n} (from 1) of a call to {@code function} (null for a call through a pointer). */
    public static ConversionContext argument(int n, String function) {
        return new ConversionContext(Kind.ARGUMENT, n, function);
    }

    public static ConversionContext returning() {
        return new ConversionContext(Kind.RETURN, 0, null);
    }

    private String arg() {
        return "passing argument " + argument + (function == null ? "" : " of '" + function + "'");
    }

    String incompatiblePointer(Type to, Type from) {
        switch (kind) {
            case ASSIGNMENT: return "assignment to '" + to + "' from incompatible pointer type '" + from + "'";
            case INITIALIZATION: return "initialization of '" + to + "' from incompatible pointer type '" + from + "'";
            case ARGUMENT: return arg() + " from incompatible pointer type";
            default: return "returning '" + from + "' from a function with incompatible return type '" + to + "'";
        }
    }

    String signedness(Type to, Type from) {
        switch (kind) {
            case ASSIGNMENT: return "pointer targets in assignment from '" + from + "' to '" + to + "' differ in signedness";
            case INITIALIZATION: return "pointer targets in initialization of '" + to + "' from '" + from + "' differ in signedness";
            case ARGUMENT: return "pointer targets in " + arg() + " differ in signedness";
            default: return "pointer targets in returning '" + from + "' from a function with return type '" + to
                    + "' differ in signedness";
        }
    }

    String discards(String qualifier) {
        switch (kind) {
            case ASSIGNMENT: return "assignment discards '" + qualifier + "' qualifier from pointer target type";
            case INITIALIZATION: return "initialization discards '" + qualifier + "' qualifier from pointer target type";
            case ARGUMENT: return arg() + " discards '" + qualifier + "' qualifier from pointer target type";
            default: return "return discards '" + qualifier + "' qualifier from pointer target type";
        }
    }

    /** {@code what} is "pointer from integer" or "integer from pointer". */
    String makes(Type to, Type from, String what) {
        switch (kind) {
            case ASSIGNMENT: return "assignment to '" + to + "' from '" + from + "' makes " + what + " without a cast";
            case INITIALIZATION: return "initialization of '" + to + "' from '" + from + "' makes " + what + " without a cast";
            case ARGUMENT: return arg() + " makes " + what + " without a cast";
            default: return "returning '" + from + "' from a function with return type '" + to + "' makes " + what
                    + " without a cast";
        }
    }

    String incompatibleTypes(Type to, Type from) {
        switch (kind) {
            case ASSIGNMENT: return "incompatible types when assigning to type '" + to + "' from type '" + from + "'";
            case INITIALIZATION: return "incompatible types when initializing type '" + to + "' using type '" + from + "'";
            case ARGUMENT: return "incompatible type for argument " + argument + (function == null ? "" : " of '" + function + "'");
            default: return "incompatible types when returning type '" + from + "' but '" + to + "' was expected";
        }
    }
}
