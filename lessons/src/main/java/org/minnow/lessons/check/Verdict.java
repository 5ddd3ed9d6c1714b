package org.minnow.lessons.check;

/** A check's status and the sentence that explains it to a student ("saw 2 of at least 3 ..."). */
public record Verdict(Status status, String reason) {
    public static Verdict pending(String reason) {
        return new Verdict(Status.PENDING, reason);
    }

    public static Verdict passed(String reason) {
        return new Verdict(Status.PASSED, reason);
    }

    public static Verdict failed(String reason) {
        return new Verdict(Status.FAILED, reason);
    }
}
