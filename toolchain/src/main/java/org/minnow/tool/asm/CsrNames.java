package org.minnow.tool.asm;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.minnow.hw.cpu.Csr;

/**
 * The names of the control and status registers that the assembler accepts and the disassembler
 * prints ({@code csrr a0, mstatus}). The numbers come from the hardware's {@link Csr}.
 */
public final class CsrNames {
    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    private static final Map<Integer, String> BY_NUMBER = new TreeMap<>();

    static {
        add("cycle", Csr.CYCLE);
        add("time", Csr.TIME);
        add("instret", Csr.INSTRET);
        add("cycleh", Csr.CYCLEH);
        add("timeh", Csr.TIMEH);
        add("instreth", Csr.INSTRETH);
        for (int i = 3; i <= 31; i++) {
            add("hpmcounter" + i, Csr.HPMCOUNTER3 + i - 3);
            add("hpmcounter" + i + "h", Csr.HPMCOUNTER3H + i - 3);
            add("mhpmcounter" + i, Csr.MHPMCOUNTER3 + i - 3);
            add("mhpmcounter" + i + "h", Csr.MHPMCOUNTER3H + i - 3);
            add("mhpmevent" + i, Csr.MHPMEVENT3 + i - 3);
        }
        add("sstatus", Csr.SSTATUS);
        add("sie", Csr.SIE);
        add("stvec", Csr.STVEC);
        add("scounteren", Csr.SCOUNTEREN);
        add("senvcfg", Csr.SENVCFG);
        add("sscratch", Csr.SSCRATCH);
        add("sepc", Csr.SEPC);
        add("scause", Csr.SCAUSE);
        add("stval", Csr.STVAL);
        add("sip", Csr.SIP);
        add("satp", Csr.SATP);
        add("mvendorid", Csr.MVENDORID);
        add("marchid", Csr.MARCHID);
        add("mimpid", Csr.MIMPID);
        add("mhartid", Csr.MHARTID);
        add("mconfigptr", Csr.MCONFIGPTR);
        add("mstatus", Csr.MSTATUS);
        add("misa", Csr.MISA);
        add("medeleg", Csr.MEDELEG);
        add("mideleg", Csr.MIDELEG);
        add("mie", Csr.MIE);
        add("mtvec", Csr.MTVEC);
        add("mcounteren", Csr.MCOUNTEREN);
        add("menvcfg", Csr.MENVCFG);
        add("mstatush", Csr.MSTATUSH);
        add("menvcfgh", Csr.MENVCFGH);
        add("mcountinhibit", Csr.MCOUNTINHIBIT);
        add("mscratch", Csr.MSCRATCH);
        add("mepc", Csr.MEPC);
        add("mcause", Csr.MCAUSE);
        add("mtval", Csr.MTVAL);
        add("mip", Csr.MIP);
        add("mtinst", Csr.MTINST);
        add("mtval2", Csr.MTVAL2);
        for (int i = 0; i <= Csr.PMPCFG3 - Csr.PMPCFG0; i++) {
            add("pmpcfg" + i, Csr.PMPCFG0 + i);
        }
        for (int i = 0; i <= Csr.PMPADDR15 - Csr.PMPADDR0; i++) {
            add("pmpaddr" + i, Csr.PMPADDR0 + i);
        }
        add("mcycle", Csr.MCYCLE);
        add("minstret", Csr.MINSTRET);
        add("mcycleh", Csr.MCYCLEH);
        add("minstreth", Csr.MINSTRETH);
        add("tselect", Csr.TSELECT);
        add("tdata1", Csr.TDATA1);
        add("tdata2", Csr.TDATA2);
        add("tdata3", Csr.TDATA3);
    }

    private CsrNames() {}

    private static void add(String name, int number) {
        BY_NAME.put(name, number);
        BY_NUMBER.put(number, name);
    }

    /** The number of a CSR name, or -1 if the name is unknown. */
    public static int number(String name) {
        Integer n = BY_NAME.get(name);
        return n == null ? -1 : n;
    }

    /** The name of a CSR number, or null if it has none here. */
    public static String name(int number) {
        return BY_NUMBER.get(number);
    }
}
