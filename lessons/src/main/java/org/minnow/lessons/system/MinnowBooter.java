package org.minnow.lessons.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minnow.hw.machine.MachineConfig;
import org.minnow.hw.timing.Profile;
import org.minnow.kernel.Ipc;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.Kernel;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.system.SysCalls;
import org.minnow.lessons.engine.KernelSystem;
import org.minnow.lessons.engine.LessonSystem;
import org.minnow.lessons.engine.SystemBooter;
import org.minnow.lessons.format.Directive;
import org.minnow.lessons.format.Lesson;
import org.minnow.userland.Images;

/**
 * Boots the whole Minnow system for a lesson: the C userland's boot image (and its root disk,
 * when the build made one, as a private copy the run may write), plus the lesson's C programs
 * ({@link LessonPrograms}), each an extra boot process in a free slot with
 * {@link #lessonPrivileges()}. Lessons 2 to 4 need neither the file system nor exec this way.
 * The programs a lesson's system.conf names are services: when the build shipped the root
 * disk's tree, they go on a copy of the root disk ({@link LessonDisk}) for RS to start and
 * restart; otherwise they boot in their slots with {@link #servicePrivileges}.
 * A program that does not compile is left out; the system tells the runner why
 * ({@link LessonSystem#unbuilt()}), and the steps that need it fail with that reason.
 */
public final class MinnowBooter implements SystemBooter {
    /** PM's endpoint (slot 0, USERLAND.md): the signal manager of a lesson's programs. */
    static final int PM_ENDPOINT = 0;
    /** The file of a lesson that makes some of its programs services (drivers). */
    public static final String SYSTEM_CONF = "system.conf";

    private final MachineConfig config;
    private final Kernel.Style style;

    /** Boots on machines made from {@code config} with the kernel's IPC in {@code style}. */
    public MinnowBooter(MachineConfig config, Kernel.Style style) {
        this.config = config;
        this.style = style;
    }

    /** The standard machine (modern profile) with MINIX's rendezvous IPC. */
    public MinnowBooter() {
        this(MachineConfig.standard(), Kernel.Style.RENDEZVOUS);
    }

    /**
     * What a lesson's program may do: SEND, RECEIVE, SENDREC and NOTIFY, so it can be a server,
     * and the kernel calls SYS_SETALARM and SYS_TIMES, so it can wait for the clock (the kernel
     * sets alarms only for system processes, so it is one); its signals go to PM, so PM treats
     * it as an ordinary process that exits through PM, as a user process does.
     */
    public static Privileges lessonPrivileges() {
        int traps = 1 << Ipc.SEND | 1 << Ipc.RECEIVE | 1 << Ipc.SENDREC | 1 << Ipc.NOTIFY;
        long calls = 1L << (SysCalls.SYS_SETALARM - SysCalls.KERNEL_CALL) | 1L << (SysCalls.SYS_TIMES - SysCalls.KERNEL_CALL);
        Privileges user = Privileges.user();
        return new Privileges(PrivTable.SYS_PROC | user.flags(), traps, user.ipcTo(), calls, PM_ENDPOINT,
                user.priority(), user.quantum(), new int[0], new int[0]);
    }

    @Override
    public SystemBooter reconfigured(Directive boot) throws BootException {
        Kernel.Style ipc = boot.has("style") ? Kernel.Style.valueOf(boot.text("style", "").toUpperCase(Locale.ROOT)) : style;
        Profile profile = boot.has("profile") ? Profile.named(boot.text("profile", "")) : config.profile();
        try {
            if (boot.has("l1")) {
                long bytes = boot.number("l1", 0);
                if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("an L1 of " + bytes + " bytes");
                }
                profile = profile.withL1Size((int) bytes);
            }
            return new MinnowBooter(config.withProfile(profile), ipc);
        } catch (IllegalArgumentException e) {
            throw new BootException(boot.where() + ": cannot boot that machine: " + e.getMessage());
        }
    }

    @Override
    public LessonSystem create(Lesson lesson, Path work) throws BootException {
        Prepared p = prepare(lesson, work);
        try {
            KernelSystem system = new KernelSystem(p.config(), style, p.image(), p.unbuilt());
            if (p.config().disk() != null && !p.config().disk().equals(config.disk())) {
                system.deleteOnClose(p.config().disk()); // the run's private copy
            }
            return system;
        } catch (IOException | IllegalArgumentException ex) {
            throw new BootException("cannot build the machine: " + ex.getMessage());
        }
    }

    /**
     * What {@link #create} boots, without the machine: the boot image, the machine's
     * configuration (its disk, the entropy device) and the programs that did not build with
     * their errors. The workbench boots this on its own machine.
     */
    public record Prepared(BootImage image, MachineConfig config, Map<String, String> unbuilt) {}

    /** Builds the lesson's programs and its disk, as {@link #create} does, and returns them unbooted. */
    public Prepared prepare(Lesson lesson, Path work) throws BootException {
        Path confFile = systemConf(lesson.folder(), work);
        String confText = confFile == null ? "" : read(confFile);
        Map<String, ServiceConfig.Entry> services = confFile == null ? Map.of()
                : ServiceConfig.parse(confFile.getFileName().toString(), confText);
        List<LessonPrograms.Program> programs = LessonPrograms.build(lesson.folder(), work, services.keySet());
        for (String name : services.keySet()) {
            if (programs.stream().noneMatch(p -> p.name().equals(name))) {
                throw new BootException(SYSTEM_CONF + ": service '" + name + "' is no program of this lesson (no "
                        + name + ".c)");
            }
        }
        BootImage image;
        try {
            image = Images.bootImage();
        } catch (IllegalStateException e) {
            throw new BootException(e.getMessage());
        }
        Map<String, String> unbuilt = new LinkedHashMap<>();
        Map<String, byte[]> onDisk = new LinkedHashMap<>();
        boolean servicesOnDisk = !services.isEmpty() && config.disk() == null && sdkHasRootTree();
        for (LessonPrograms.Program p : programs) {
            if (p.built() && servicesOnDisk && services.containsKey(p.name())) {
                onDisk.put(p.name(), p.executable());
            } else if (p.built()) {
                Privileges privileges = services.containsKey(p.name()) ? servicePrivileges(services.get(p.name()))
                        : lessonPrivileges();
                image.add(new BootProcess(p.name(), p.slot(), p.executable(), privileges, List.of(p.name())));
            } else {
                unbuilt.put(p.name(), p.errors());
            }
        }
        try {
            MachineConfig machine = servicesOnDisk ? config.withDisk(LessonDisk.make(onDisk, confText), false)
                    : withRootDisk(config);
            return new Prepared(image, machine.withEntropy(true), unbuilt);
        } catch (IOException | IllegalArgumentException ex) {
            throw new BootException("cannot build the machine: " + ex.getMessage());
        }
    }

    /**
     * A service of the lesson's system.conf: a system service's privileges (all IPC, all kernel
     * calls, RS as its signal manager), with the IRQs and device memory its entry gives it.
     */
    public static Privileges servicePrivileges(ServiceConfig.Entry entry) {
        Privileges p = Privileges.service();
        if (entry.irqs().length > 0) {
            p = p.withIrqs(entry.irqs());
        }
        if (entry.memRanges().length > 0) {
            p = p.withMemRanges(entry.memRanges());
        }
        return p;
    }

    /** The lesson's system.conf (the student's, if the work folder has one), or null if there is none. */
    private static Path systemConf(Path lessonFolder, Path work) {
        Path file = work != null && Files.isRegularFile(work.resolve(SYSTEM_CONF)) ? work.resolve(SYSTEM_CONF)
                : lessonFolder.resolve(SYSTEM_CONF);
        return Files.isRegularFile(file) ? file : null;
    }

    private static String read(Path file) throws BootException {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new BootException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static boolean sdkHasRootTree() throws BootException {
        try {
            return LessonDisk.available();
        } catch (IOException e) {
            throw new BootException("cannot read the root disk's files: " + e.getMessage());
        }
    }

    /** The configuration with a private copy of the build's root disk, when it has one and no disk is given. */
    private static MachineConfig withRootDisk(MachineConfig config) throws IOException {
        if (config.disk() != null) {
            return config;
        }
        Optional<Path> copy = Images.privateRootDisk();
        return copy.isEmpty() ? config : config.withDisk(copy.get(), false);
    }
}
