package org.minnow.ide.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Lesson text, Markdown rendered into JavaFX nodes: headings, paragraphs, emphasis, strong,
 * inline code, code blocks, bullet and numbered lists, block quotes and links (shown, not
 * followed). Parsed with CommonMark; each block becomes one node in a VBox, styled by the
 * classes {@code md-h1..3}, {@code md-em}, {@code md-strong}, {@code md-code}, {@code md-codeblock}.
 */
public final class MarkdownView extends VBox {
    private static final Parser PARSER = Parser.builder().build();

    /** Renders {@code markdown}. */
    public MarkdownView(String markdown) {
        super(8);
        getStyleClass().add("md");
        getChildren().addAll(blocks(PARSER.parse(markdown == null ? "" : markdown)));
    }

    private static List<Node> blocks(org.commonmark.node.Node parent) {
        List<Node> out = new ArrayList<>();
        for (org.commonmark.node.Node b = parent.getFirstChild(); b != null; b = b.getNext()) {
            Node n = block(b);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static Node block(org.commonmark.node.Node b) {
        if (b instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().add("md-h" + Math.min(3, h.getLevel()));
            return flow;
        }
        if (b instanceof Paragraph p) {
            return inline(p);
        }
        if (b instanceof FencedCodeBlock f) {
            return codeBlock(f.getLiteral());
        }
        if (b instanceof IndentedCodeBlock c) {
            return codeBlock(c.getLiteral());
        }
        if (b instanceof BulletList || b instanceof OrderedList) {
            return list(b);
        }
        if (b instanceof BlockQuote q) {
            VBox box = new VBox(6);
            box.getChildren().addAll(blocks(q));
            box.getStyleClass().add("md-quote");
            return box;
        }
        if (b instanceof HtmlBlock html) {
            return codeBlock(html.getLiteral());
        }
        if (b instanceof ThematicBreak) {
            return new javafx.scene.control.Separator();
        }
        return null;
    }

    private static Node codeBlock(String literal) {
        Label code = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().add("md-codeblock");
        code.setMaxWidth(Double.MAX_VALUE);
        code.setWrapText(false);
        return code;
    }

    private static Node list(org.commonmark.node.Node list) {
        VBox box = new VBox(4);
        Integer start = list instanceof OrderedList o ? o.getMarkerStartNumber() : null;
        int number = start == null ? 1 : start;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "\u2022");
            marker.setMinWidth(18);
            VBox content = new VBox(4);
            content.getChildren().addAll(blocks(item));
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(new HBox(4, marker, content));
        }
        return box;
    }

    /** A block's inline content as one flow of styled text runs. */
    private static TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        addInline(flow, parent, List.of());
        return flow;
    }

    private static void addInline(TextFlow flow, org.commonmark.node.Node parent, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(run(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                flow.getChildren().add(run(c.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof Emphasis) {
                addInline(flow, n, with(styles, "md-em"));
            } else if (n instanceof StrongEmphasis) {
                addInline(flow, n, with(styles, "md-strong"));
            } else if (n instanceof Link) {
                addInline(flow, n, with(styles, "md-link"));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(run(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(run("\n", styles));
            } else if (n instanceof HtmlInline h) {
                flow.getChildren().add(run(h.getLiteral(), styles));
            } else {
                addInline(flow, n, styles);
            }
        }
    }

    private static Text run(String text, List<String> styles) {
        Text t = new Text(text);
        t.getStyleClass().add("text");
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> with(List<String> styles, String more) {
        List<String> out = new ArrayList<>(styles);
        out.add(more);
        return out;
    }

    /** All the text shown, block by block (for tests and for reading aloud). */
    public String plainText() {
        StringBuilder s = new StringBuilder();
        collect(this, s);
        return s.toString();
    }

    private static void collect(Node n, StringBuilder s) {
        if (n instanceof Text t) {
            s.append(t.getText());
        } else if (n instanceof Label l) {
            s.append(l.getText()).append('\n');
        } else if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, s);
            }
            if (n instanceof TextFlow) {
                s.append('\n');
            }
        }
    }
}
