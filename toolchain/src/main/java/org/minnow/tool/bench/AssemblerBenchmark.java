package org.minnow.tool.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minnow.tool.asm.Assembler;
import org.minnow.tool.asm.Diagnostics;
import org.minnow.tool.asm.SourceFile;
import org.minnow.tool.elf.ElfWriter;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.link.Linker;

/**
 * The toolchain benchmark behind {@code minnow bench asm}: how long assembling and linking
 * 100,000 lines takes. The program is made from a fixed seed: ten files of 10,000 lines with
 * labels, branches, calls between files, pseudo-instructions, loads and stores of globals, and
 * data. The first run is the cold figure (a fresh JVM, as for one "minnow as" + "minnow ld");
 * later runs give the warm one.
 */
public final class AssemblerBenchmark {
    private static final int FILES = 10;
    private static final int LINES_PER_FILE = 10_000;

    /** One run: lines, milliseconds to assemble (with -g and ELF writing) and to link. */
    public record Figure(int run, int lines, double assembleMillis, double linkMillis) {
        public double totalMillis() {
            return assembleMillis + linkMillis;
        }
    }

    private AssemblerBenchmark() {}

    /** Assembles and links the generated program {@code runs} times and returns each run's figures. */
    public static List<Figure> measure(int runs) {
        List<SourceFile> sources = program(new Random(1));
        int lines = 0;
        for (SourceFile s : sources) {
            lines += s.lineCount();
        }
        List<Figure> figures = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            List<ObjectFile> objects = new ArrayList<>();
            for (SourceFile s : sources) {
                Diagnostics d = new Diagnostics();
                ObjectFile o = Assembler.assemble(s, true, d);
                if (o == null) {
                    throw new IllegalStateException(d.render());
                }
                ElfWriter.relocatable(o);
                objects.add(o);
            }
            long t1 = System.nanoTime();
            Linker.Result r = Linker.link(objects, Linker.DEFAULT_USER_BASE);
            if (!r.errors().isEmpty()) {
                throw new IllegalStateException(r.errors().toString());
            }
            long t2 = System.nanoTime();
            figures.add(new Figure(run, lines, (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        }
        return figures;
    }

    /** Ten files; file i defines f{i}_{n} functions and calls functions of file i+1. */
    static List<SourceFile> program(Random random) {
        List<SourceFile> out = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            StringBuilder sb = new StringBuilder();
            int lines = 0;
            if (f == 0) {
                sb.append("\t.globl _start\n_start:\n");
                lines += 2;
            }
            sb.append("\t.text\n");
            lines++;
            int function = 0;
            while (lines < LINES_PER_FILE - 40) {
                String name = "f" + f + "_" + function;
                sb.append("\t.globl ").append(name).append("\n").append(name).append(":\n");
                sb.append("\taddi sp, sp, -16\n\tsw ra, 12(sp)\n");
                lines += 4;
                for (int i = 0; i < 20; i++) {
                    lines += instruction(sb, random, f, function);
                }
                sb.append("1:\tlw ra, 12(sp)\n\taddi sp, sp, 16\n\tret\n");
                lines += 3;
                function++;
            }
            sb.append("\t.data\n");
            lines++;
            while (lines < LINES_PER_FILE) {
                sb.append("v").append(f).append("_").append(lines).append(":\t.word ").append(random.nextInt(1000)).append("\n");
                lines++;
            }
            sb.append("\t.globl data").append(f).append("\ndata").append(f).append(":\t.word 0\n");
            out.add(new SourceFile("bench" + f + ".s", sb.toString()));
        }
        return out;
    }

    private static int instruction(StringBuilder sb, Random r, int file, int function) {
        String[] regs = {"a0", "a1", "a2", "a3", "t0", "t1", "s0", "s1"};
        String a = regs[r.nextInt(regs.length)];
        String b = regs[r.nextInt(regs.length)];
        String c = regs[r.nextInt(regs.length)];
        switch (r.nextInt(12)) {
            case 0: sb.append("\tadd ").append(a).append(", ").append(b).append(", ").append(c).append('\n'); return 1;
            case 1: sb.append("\taddi ").append(a).append(", ").append(b).append(", ").append(r.nextInt(4096) - 2048).append('\n'); return 1;
            case 2: sb.append("\tli ").append(a).append(", ").append(r.nextInt()).append('\n'); return 1;
            case 3: sb.append("\tlw ").append(a).append(", ").append(4 * r.nextInt(100)).append("(sp)\n"); return 1;
            case 4: sb.append("\tsw ").append(a).append(", ").append(4 * r.nextInt(100)).append("(").append(b).append(")\n"); return 1;
            case 5: sb.append("\tbeqz ").append(a).append(", 1f\n"); return 1;
            case 6: sb.append("\tmul ").append(a).append(", ").append(b).append(", ").append(c).append('\n'); return 1;
            case 7: sb.append("\tcall f").append((file + 1) % FILES).append("_").append(r.nextInt(Math.max(1, function + 1))).append('\n'); return 1;
            case 8: sb.append("\tla ").append(a).append(", data").append(r.nextInt(FILES)).append('\n'); return 1;
            case 9: sb.append("\tlw ").append(a).append(", data").append(file).append('\n'); return 1;
            case 10: sb.append("\tslli ").append(a).append(", ").append(b).append(", ").append(r.nextInt(32)).append('\n'); return 1;
            default: sb.append("\tbne ").append(a).append(", ").append(b).append(", 1f\n"); return 1;
        }
    }
}
