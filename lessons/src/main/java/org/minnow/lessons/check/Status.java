package org.minnow.lessons.check;

/** Where a check or a step stands: not decided yet, done, or not done (with a reason elsewhere). */
public enum Status { PENDING, PASSED, FAILED }
