package org.minnow.ide.panels;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/**
 * The place of the lesson player: empty until the lessons module provides its view, which is
 * put here with {@link #show}. Until then it says so.
 */
public final class LessonPanel extends BorderPane {
    public static final String NO_PLAYER = "No lesson player yet: the lessons module will show its lessons here.";

    public LessonPanel() {
        setId("lessonPanel");
        Label none = new Label(NO_PLAYER);
        none.setWrapText(true);
        none.setPadding(new Insets(12));
        setCenter(none);
    }

    /** Shows the lesson player's view. */
    public void show(Node player) {
        setCenter(player);
    }
}
