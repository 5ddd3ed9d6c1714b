package org.minnow.hw.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minnow.hw.elf.Elf.*;
import static org.minnow.hw.elf.Samples.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What ElfFile reads from well-formed files: header, segments, sections, symbols, relocations. */
class ElfFileTest {

    @Test
    void readsTheHeader() throws ElfException {
        ElfHeader h = ElfFile.parse(executable(), "prog.elf").header();
        assertThat(h.type()).isEqualTo(ET_EXEC);
        assertThat(h.isExecutable()).isTrue();
        assertThat(h.isRelocatable()).isFalse();
        assertThat(h.machine()).isEqualTo(EM_RISCV);
        assertThat(h.entry()).isEqualTo(TEXT);
        assertThat(h.phoff()).isEqualTo(52);
        assertThat(h.phnum()).isEqualTo(2);
        assertThat(h.shnum()).isEqualTo(7);
        assertThat(h.shstrndx()).isEqualTo(6);
        assertThat(h.ehsize()).isEqualTo(52);
        assertThat(h.phentsize()).isEqualTo(32);
        assertThat(h.shentsize()).isEqualTo(40);
        assertThat(h.osAbi()).isZero();
    }

    @Test
    void decodesTheRiscvFlags() throws ElfException {
        ElfHeader h = ElfFile.parse(executable(), "prog.elf").header();
        assertThat(h.flags()).isEqualTo(EF_RISCV_RVC | EF_RISCV_FLOAT_ABI_DOUBLE);
        assertThat(h.usesCompressed()).isTrue();
        assertThat(h.floatAbi()).isEqualTo(EF_RISCV_FLOAT_ABI_DOUBLE);
        assertThat(h.floatAbiName()).isEqualTo("double-float");
        assertThat(h.usesRve()).isFalse();
        assertThat(h.needsTso()).isFalse();

        ElfHeader plain = ElfFile.parse(new ElfWriter(ET_REL).flags(EF_RISCV_RVE | EF_RISCV_TSO).build(), "x.o").header();
        assertThat(plain.usesCompressed()).isFalse();
        assertThat(plain.floatAbiName()).isEqualTo("soft-float");
        assertThat(plain.usesRve()).isTrue();
        assertThat(plain.needsTso()).isTrue();
    }

    @Test
    void readsProgramHeaders() throws ElfException {
        ElfFile elf = ElfFile.parse(executable(), "prog.elf");
        List<ProgramHeader> ph = elf.programHeaders();
        assertThat(ph).hasSize(2);
        ProgramHeader text = ph.get(0);
        assertThat(text.index()).isZero();
        assertThat(text.isLoad()).isTrue();
        assertThat(text.vaddr()).isEqualTo(TEXT);
        assertThat(text.paddr()).isEqualTo(TEXT);
        assertThat(text.filesz()).isEqualTo(16);
        assertThat(text.memsz()).isEqualTo(16);
        assertThat(text.align()).isEqualTo(0x1000);
        assertThat(text.flagString()).isEqualTo("R E");
        assertThat(elf.contents(text)).containsExactly(TEXT_BYTES);
        ProgramHeader data = ph.get(1);
        assertThat(data.filesz()).isEqualTo(8);
        assertThat(data.memsz()).isEqualTo(0x28);
        assertThat(data.flagString()).isEqualTo("RW ");
        assertThat(data.offset()).isEqualTo(elf.section(EXEC_DATA).offset());
        assertThat(data.describe()).isEqualTo("program header 1 (LOAD)");
    }

    @Test
    void readsSectionHeadersWithNamesAndContents() throws ElfException {
        ElfFile elf = ElfFile.parse(executable(), "prog.elf");
        assertThat(elf.sections()).extracting(Section::name)
                .containsExactly("", ".text", ".data", ".bss", ".symtab", ".strtab", ".shstrtab");
        Section text = elf.section(EXEC_TEXT);
        assertThat(text.type()).isEqualTo(SHT_PROGBITS);
        assertThat(text.flags()).isEqualTo(SHF_ALLOC | SHF_EXECINSTR);
        assertThat(text.isExecutable()).isTrue();
        assertThat(text.isWritable()).isFalse();
        assertThat(text.addr()).isEqualTo(TEXT);
        assertThat(text.size()).isEqualTo(16);
        assertThat(text.addralign()).isEqualTo(4);
        assertThat(elf.contents(text)).containsExactly(TEXT_BYTES);
        assertThat(elf.contents(elf.section(EXEC_DATA))).containsExactly(DATA_BYTES);

        Section bss = elf.section(".bss").orElseThrow();
        assertThat(bss.index()).isEqualTo(EXEC_BSS);
        assertThat(bss.type()).isEqualTo(SHT_NOBITS);
        assertThat(bss.size()).isEqualTo(0x20);
        assertThat(bss.hasFileContents()).isFalse();
        assertThat(elf.contents(bss)).isEmpty();

        Section symtab = elf.section(".symtab").orElseThrow();
        assertThat(symtab.link()).isEqualTo(5);
        assertThat(symtab.info()).isEqualTo(2);
        assertThat(symtab.entsize()).isEqualTo(16);
        assertThat(elf.section(".nothing")).isEmpty();
        assertThat(elf.section(0).type()).isEqualTo(SHT_NULL);
    }

    @Test
    void readsSymbols() throws ElfException {
        ElfFile elf = ElfFile.parse(executable(), "prog.elf");
        List<Symbol> symbols = elf.symbols();
        assertThat(symbols).hasSize(7);
        assertThat(symbols.get(0)).isEqualTo(new Symbol(0, "", 0, 0, STB_LOCAL, STT_NOTYPE, STV_DEFAULT, 0, SHN_UNDEF));
        assertThat(symbols.get(SYM_START)).isEqualTo(
                new Symbol(SYM_START, "_start", TEXT, 8, STB_GLOBAL, STT_FUNC, STV_DEFAULT, 0, EXEC_TEXT));
        Symbol main = symbols.get(SYM_MAIN);
        assertThat(main.visibility()).isEqualTo(STV_HIDDEN);
        assertThat(main.isFunction()).isTrue();
        Symbol counter = symbols.get(SYM_COUNTER);
        assertThat(counter.isWeak()).isTrue();
        assertThat(counter.sectionIndex()).isEqualTo(EXEC_BSS);
        Symbol stack = symbols.get(SYM_STACK);
        assertThat(stack.isAbsolute()).isTrue();
        assertThat(stack.isInSection()).isFalse();
        assertThat(stack.value()).isEqualTo(0x1000);
        assertThat(symbols.get(SYM_LOOP).isLocal()).isTrue();
        assertThat(elf.symbolTable().orElseThrow().firstGlobal()).isEqualTo(2);
        assertThat(elf.symbolTables()).hasSize(1);
    }

    @Test
    void readsUndefinedCommonAndAbsoluteSymbolsOfAnObject() throws ElfException {
        ElfFile elf = ElfFile.parse(object(), "a.o");
        Symbol func = elf.symbols().get(SYM_FUNC);
        assertThat(func.isUndefined()).isTrue();
        assertThat(func.isDefined()).isFalse();
        Symbol buf = elf.symbols().get(SYM_BUF);
        assertThat(buf.isCommon()).isTrue();
        assertThat(buf.sectionIndex()).isEqualTo(SHN_COMMON);
        assertThat(buf.value()).as("a common symbol's value is its alignment").isEqualTo(8);
        assertThat(buf.size()).isEqualTo(64);
        Symbol konst = elf.symbols().get(SYM_KONST);
        assertThat(konst.isAbsolute()).isTrue();
        assertThat(konst.value()).isEqualTo(0x1234);
    }

    @Test
    void findsSymbolsByNamePreferringGlobalDefinitions() throws ElfException {
        ElfWriter w = new ElfWriter(ET_REL);
        int text = w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0, new byte[16], 4);
        w.symbol("helper", 4, 0, STB_LOCAL, STT_FUNC, text);
        w.symbol("only_local", 8, 0, STB_LOCAL, STT_FUNC, text);
        w.symbol("ext", 0, 0, STB_GLOBAL, STT_NOTYPE, SHN_UNDEF);
        w.symbol("helper", 12, 0, STB_GLOBAL, STT_FUNC, text);
        ElfFile elf = ElfFile.parse(w.build(), "x.o");
        assertThat(elf.symbol("helper").orElseThrow().value()).isEqualTo(12);
        assertThat(elf.symbol("only_local").orElseThrow().value()).isEqualTo(8);
        assertThat(elf.symbol("ext").orElseThrow().isUndefined()).isTrue();
        assertThat(elf.symbol("missing")).isEmpty();
        assertThat(elf.symbol("")).as("the null symbol is not found by name").isEmpty();
    }

    @Test
    void aFileWithoutSymbolsHasNone() throws ElfException {
        ElfFile elf = ElfFile.parse(new ElfWriter(ET_EXEC).build(), "bare.elf");
        assertThat(elf.symbols()).isEmpty();
        assertThat(elf.symbolTable()).isEmpty();
        assertThat(elf.symbol("x")).isEmpty();
        assertThat(elf.symbolAt(TEXT)).isEmpty();
        assertThat(elf.sections()).extracting(Section::name).containsExactly("", ".shstrtab");
    }

    @Test
    void readsRelocationsWithAndWithoutAddends() throws ElfException {
        ElfFile elf = ElfFile.parse(object(), "a.o");
        assertThat(elf.relocationSections()).hasSize(2);

        RelocationSection rela = elf.relocationSections().get(0);
        assertThat(rela.section().name()).isEqualTo(".rela.text");
        assertThat(rela.hasAddends()).isTrue();
        assertThat(rela.target().orElseThrow().name()).isEqualTo(".text");
        assertThat(rela.symbolTable().orElseThrow().section().index()).isEqualTo(OBJ_SYMTAB);
        assertThat(rela.relocations()).containsExactly(
                new Relocation(0, 0, R_RISCV_CALL_PLT, SYM_FUNC, 0, true),
                new Relocation(1, 0, R_RISCV_RELAX, 0, 0, true),
                new Relocation(2, 8, R_RISCV_HI20, SYM_MSG, -4, true),
                new Relocation(3, 12, R_RISCV_LO12_I, SYM_MSG, 0x7ff, true));
        Relocation call = rela.relocations().get(0);
        assertThat(call.typeName()).isEqualTo("R_RISCV_CALL_PLT");
        assertThat(call.info()).isEqualTo(SYM_FUNC << 8 | R_RISCV_CALL_PLT);
        assertThat(rela.symbolOf(call).orElseThrow().name()).isEqualTo("func");
        assertThat(rela.symbolOf(rela.relocations().get(1)).orElseThrow().index()).isZero();

        RelocationSection rel = elf.relocationSections().get(1);
        assertThat(rel.section().name()).isEqualTo(".rel.data");
        assertThat(rel.hasAddends()).isFalse();
        assertThat(rel.relocations()).containsExactly(
                new Relocation(0, 0, R_RISCV_32, SYM_FUNC, 0, false),
                new Relocation(1, 4, R_RISCV_32, SYM_OBJ_START, 0, false));

        assertThat(elf.relocationsFor(elf.section(OBJ_TEXT))).containsExactly(rela);
        assertThat(elf.relocationsFor(elf.section(OBJ_DATA))).containsExactly(rel);
        assertThat(elf.relocationsFor(elf.section(OBJ_SYMTAB))).isEmpty();
    }

    @Test
    void givesAccessToStringTables() throws ElfException {
        ElfFile elf = ElfFile.parse(object(), "a.o");
        StringTable strtab = elf.stringTable(elf.section(OBJ_STRTAB));
        assertThat(strtab.at(0)).isEmpty();
        assertThat(strtab.at(1)).isEqualTo("msg");
        assertThat(strtab.at(2)).isEqualTo("sg");
        assertThat(strtab.size()).isEqualTo(elf.section(OBJ_STRTAB).size());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strtab.at(strtab.size()))
                .isInstanceOf(ElfException.class)
                .hasMessageStartingWith("a.o: offset 0x")
                .hasMessageContaining("is not the start of a NUL-terminated string inside section 6 (.strtab)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> elf.stringTable(elf.section(OBJ_TEXT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheBytes() throws ElfException {
        byte[] bytes = executable();
        ElfFile elf = ElfFile.parse(bytes, "prog.elf");
        java.util.Arrays.fill(bytes, (byte) 0);
        assertThat(elf.contents(elf.section(EXEC_TEXT))).containsExactly(TEXT_BYTES);
        byte[] copy = elf.contents(elf.section(EXEC_TEXT));
        copy[0] = 99;
        assertThat(elf.contents(elf.section(EXEC_TEXT))).containsExactly(TEXT_BYTES);
        assertThat(elf.name()).isEqualTo("prog.elf");
        assertThat(elf.length()).isEqualTo(executable().length);
    }

    @Test
    void sharedObjectsAreReadToo() throws ElfException {
        ElfWriter w = new ElfWriter(ET_DYN);
        w.section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0x1000, new byte[4], 4);
        assertThat(ElfFile.parse(w.build(), "lib.so").header().type()).isEqualTo(ET_DYN);
    }

    @Test
    void refusesSectionsAndSegmentsOfAnotherFile() throws ElfException {
        ElfFile exec = ElfFile.parse(executable(), "prog.elf");
        ElfFile obj = ElfFile.parse(object(), "a.o");
        Section objectsSymtab = obj.section(OBJ_SYMTAB);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exec.contents(objectsSymtab))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("section 5 (.symtab) is not a section of prog.elf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> obj.contents(exec.programHeaders().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("program header 0 (LOAD) is not a program header of a.o");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exec.symbolAt(obj.section(7), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
