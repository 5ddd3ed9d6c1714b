package org.minnow.ide.panels;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.minnow.ide.viewmodel.ConsoleViewModel;

/**
 * The UART as a terminal: output as it comes; keys typed while the console has the focus go to
 * the UART (and so to the TTY driver), not into the text, as on a real terminal.
 */
public final class ConsolePanel extends BorderPane {
    private final TextArea screen = new TextArea();

    public ConsolePanel(ConsoleViewModel vm) {
        setId("consolePanel");
        screen.setId("console");
        screen.setEditable(false);
        screen.setWrapText(true);
        screen.getStyleClass().addAll("mono", "console");
        vm.textProperty().addListener((o, before, text) -> {
            // Appending is much cheaper than replacing the text; replace only when old text was dropped.
            if (text.length() >= before.length() && text.startsWith(before) && screen.getLength() == before.length()) {
                screen.appendText(text.substring(before.length()));
            } else {
                screen.setText(text);
            }
            screen.positionCaret(text.length());
            screen.setScrollTop(Double.MAX_VALUE);
        });
        screen.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            boolean handledOnPress = c.equals("\r") || c.equals("\n") || c.equals("\b");
            if (!c.isEmpty() && !c.equals(KeyEvent.CHAR_UNDEFINED) && !e.isControlDown() && !handledOnPress) {
                vm.type(c);
            }
            e.consume();
        });
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.type("\n");
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                vm.type("\b");
                e.consume();
            }
        });
        setCenter(screen);
    }
}
