package org.minnow.ide.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The workbench's two looks, AtlantaFX's Primer light and dark. */
public enum Theme {
    LIGHT, DARK;

    /** Makes this theme the look of every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
