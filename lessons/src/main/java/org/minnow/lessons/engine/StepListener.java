package org.minnow.lessons.engine;

/**
 * Told whenever a step's status or reason changes. It is called on whatever thread feeds the
 * engine (the machine's thread, live), with the engine locked: it must be quick and must not
 * call back into the machine; a JavaFX view model hands the result to the FX thread.
 */
@FunctionalInterface
public interface StepListener {
    void stepChanged(StepResult result);
}
