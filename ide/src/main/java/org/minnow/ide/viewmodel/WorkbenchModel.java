package org.minnow.ide.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.minnow.hw.timing.Profile;
import org.minnow.ide.machine.MachineSession;
import org.minnow.ide.machine.MachineSettings;
import org.minnow.ide.machine.MachineSnapshot;
import org.minnow.ide.machine.RunState;
import org.minnow.ide.machine.SystemImage;

/**
 * The workbench's one view model at the top: it owns the machine session and hands each
 * snapshot to the panels' view models. {@link #sample} is called once a frame on the UI thread;
 * it asks for the next snapshot and never waits for it.
 */
public final class WorkbenchModel implements AutoCloseable {
    private final MachineSession session;
    private SystemImage system;
    private MachineSettings settings;
    /** While running, tables and text are refreshed once in this many frames. */
    static final int TEXT_EVERY_FRAMES = 8;

    private final MessageHistory history = new MessageHistory();
    private final ControlsViewModel controls = new ControlsViewModel(this);
    private final ProcessesViewModel processes = new ProcessesViewModel(history);
    private final MessagesViewModel messages;
    private final CacheViewModel cache = new CacheViewModel(this);
    private final DriversViewModel drivers = new DriversViewModel(this);
    private final ConsoleViewModel console = new ConsoleViewModel(this);
    private final EditorViewModel editor = new EditorViewModel(this);
    private final ReadOnlyObjectWrapper<MachineSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private long frames;
    private long snapshotsTaken;

    /** Boots {@code system} on a machine built with {@code settings}; it runs at once if {@code run}. */
    public WorkbenchModel(SystemImage system, MachineSettings settings, boolean run) {
        this.system = system;
        this.settings = settings;
        this.session = new MachineSession(system, settings, run);
        this.messages = new MessagesViewModel(this, history);
        cache.profileProperty().set(settings.profile().name());
    }

    /** One frame: take the newest snapshot, if there is a new one, and ask for the next. */
    public void sample() {
        frames++;
        MachineSnapshot s = session.latest();
        session.requestSnapshot();
        if (s == null || s == snapshot.get()) {
            return;
        }
        snapshotsTaken++;
        // Pictures (sequence diagram, cache lines) follow every frame; tables and text, which cost
        // far more to lay out, follow a few times a second while the machine runs.
        boolean text = s.state() != RunState.RUNNING || frames % TEXT_EVERY_FRAMES == 0;
        history.update(s);
        messages.update(s, text);
        cache.update(s, text);
        if (text) {
            controls.update(s);
            processes.update(s);
            drivers.update(s);
            editor.update(s);
        }
        console.update(s, session.console());
        snapshot.set(s);
    }

    /** Boots another system (the editor's Run, or the userland when it comes). */
    public void boot(SystemImage newSystem, boolean run) {
        system = newSystem;
        session.reset(system, settings, run);
    }

    /** Boots the current system again with the current settings. */
    public void reboot() {
        session.reset(system, settings, true);
    }

    /** The profile (and cache geometry) for the next boot. */
    public void setProfile(Profile p) {
        settings = settings.withProfile(p);
    }

    public MachineSession session() { return session; }
    public SystemImage system() { return system; }
    public MachineSettings settings() { return settings; }
    public ControlsViewModel controls() { return controls; }
    public ProcessesViewModel processes() { return processes; }
    public MessagesViewModel messages() { return messages; }
    public CacheViewModel cache() { return cache; }
    public DriversViewModel drivers() { return drivers; }
    public ConsoleViewModel console() { return console; }
    public EditorViewModel editor() { return editor; }
    public ReadOnlyObjectProperty<MachineSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    /** Frames sampled, and snapshots that were new: for the frame-rate measurement. */
    public long frames() { return frames; }
    public long snapshotsTaken() { return snapshotsTaken; }

    @Override
    public void close() {
        session.close();
    }
}
