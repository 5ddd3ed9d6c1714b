package org.minnow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minnow.userland.Images;

/**
 * The system as it boots from the root disk: init runs /etc/rc with /bin/sh and then gives the
 * console to an interactive shell, whose commands are programs in /bin started with fork and
 * exec. Each test types lines at that shell and reads what they print.
 */
class ShellTest {
    static final long BOOT = 600_000_000L;
    static final long STEP = 200_000_000L;

    @TempDir
    Path dir;
    Path disk;
    ConsoleRig rig;
    ShellConsole sh;

    @BeforeEach
    void boot() throws Exception {
        disk = dir.resolve("root.img");
        Files.write(disk, Images.rootDisk());
        rig = new ConsoleRig(null, List.of(), disk);
        sh = new ShellConsole(rig, STEP);
        rig.runUntil("Minnow is up.", BOOT);
        sh.waitForPrompt();
    }

    @AfterEach
    void close() throws Exception {
        rig.close();
    }

    @Test
    void echoAndQuoting() {
        assertThat(sh.run("echo hello   world")).isEqualTo("hello world\r\n");
        assertThat(sh.run("echo 'a  b' \"c  d\" e\\ f")).isEqualTo("a  b c  d e f\r\n");
        assertThat(sh.run("echo -n no newline; echo")).isEqualTo("no newline\r\n");
        assertThat(sh.run("echo '$?' \"$?\"")).isEqualTo("$? 0\r\n");
    }

    @Test
    void exitStatusesWithAndOr() {
        assertThat(sh.run("true && echo yes")).isEqualTo("yes\r\n");
        assertThat(sh.run("false && echo no")).isEmpty();
        assertThat(sh.run("false || echo else")).isEqualTo("else\r\n");
        assertThat(sh.run("false && echo no || echo either")).isEqualTo("either\r\n");
        assertThat(sh.run("true || echo no; echo $?")).isEqualTo("0\r\n");
        assertThat(sh.run("false; echo $?")).isEqualTo("1\r\n");
        assertThat(sh.run("nosuch; echo $?")).isEqualTo("sh: nosuch: not found\r\n127\r\n");
        assertThat(sh.run("cat /nowhere; echo $?")).startsWith("cat: /nowhere: ").endsWith("\r\n1\r\n");
        assertThat(sh.run("/bin/echo by path")).isEqualTo("by path\r\n");
        assertThat(sh.run("/etc/rc; echo $?")).isEqualTo("sh: /etc/rc: exec format error\r\n126\r\n");
        assertThat(sh.run("/home; echo $?")).isEqualTo("sh: /home: exec format error\r\n126\r\n");
        assertThat(sh.run("/bin/nosuch; echo $?")).isEqualTo("sh: /bin/nosuch: not found\r\n127\r\n");
        // exec takes a relative path from the caller's working directory (VFS looks it up)
        assertThat(sh.run("cd /bin; ./echo from the working directory; cd /")).isEqualTo("from the working directory\r\n");
        assertThat(sh.run("cd /home; ../bin/echo up and over; ./nosuch; echo $?; cd /"))
            .isEqualTo("up and over\r\nsh: ./nosuch: not found\r\n127\r\n");
    }

    @Test
    void scriptsAndCommandStrings() {
        assertThat(sh.run("echo 'echo from a script; false' > /home/s; sh /home/s; echo $?")).isEqualTo("from a script\r\n1\r\n");
        assertThat(sh.run("sh -c 'echo one; exit 4'; echo $?")).isEqualTo("one\r\n4\r\n");
        assertThat(sh.run("sh /nowhere; echo $?")).startsWith("/nowhere: ").endsWith("\r\n127\r\n");
    }

    @Test
    void aFaultingProgramIsKilledAndTheShellSurvives() {
        assertThat(sh.run("fault; echo $?")).isEqualTo("fault: writing to address 0\r\nSegmentation fault\r\n139\r\n");
        assertThat(sh.run("fault || echo failed")).endsWith("Segmentation fault\r\nfailed\r\n");
        assertThat(sh.run("echo still here")).isEqualTo("still here\r\n");
    }

    @Test
    void redirectionIntoAFileAndBack() throws Exception {
        assertThat(sh.run("echo one > /home/f")).isEmpty();
        assertThat(sh.run("echo two >> /home/f")).isEmpty();
        assertThat(sh.run("cat /home/f")).isEqualTo("one\r\ntwo\r\n");
        assertThat(sh.run("cat < /home/f > /home/g; cat /home/g")).isEqualTo("one\r\ntwo\r\n");
        assertThat(sh.run("echo new > /home/f; cat /home/f")).isEqualTo("new\r\n");
        assertThat(sh.run("cat < /nowhere; echo $?")).startsWith("sh: /nowhere: ").endsWith("\r\n1\r\n");
    }

    @Test
    void pipelines() {
        String rc = "# /etc/rc: run by init at start, before the shell.\r\necho Minnow is up.\r\n";
        assertThat(sh.run("cat /etc/rc | cat")).isEqualTo(rc);
        assertThat(sh.run("cat /etc/rc | cat | cat | cat | cat")).isEqualTo(rc);
        assertThat(sh.run("echo piped | cat > /home/p; cat /home/p")).isEqualTo("piped\r\n");
        assertThat(sh.run("cat /etc/rc | false; echo $?")).isEqualTo("1\r\n");
        assertThat(sh.run("false | true && echo last counts")).isEqualTo("last counts\r\n");
        assertThat(sh.run("echo first | cat - /etc/rc")).isEqualTo("first\r\n" + rc);
        assertThat(sh.run("echo x | nosuch | cat; echo $?")).isEqualTo("sh: nosuch: not found\r\n0\r\n");
    }

    @Test
    void filesAndDirectories() {
        assertThat(sh.run("ls /")).isEqualTo("bin\r\ndev\r\netc\r\nhome\r\nsbin\r\n");
        assertThat(sh.run("ls -l /etc")).matches("(?s)-rw-r--r-- +1 +\\d+ rc\r\n-rw-r--r-- +1 +\\d+ system.conf\r\n");
        assertThat(sh.run("ls -l /etc/rc")).matches("-rw-r--r-- +1 +70 /etc/rc\r\n");
        assertThat(sh.run("ls -l / ")).contains("drwx", " bin\r\n");
        assertThat(sh.run("ls -l /dev/console")).startsWith("crw");
        assertThat(sh.run("mkdir /home/d /home/e && ls /home")).isEqualTo("README\r\nd\r\ne\r\n");
        assertThat(sh.run("ls /home/d /etc")).isEqualTo("/home/d:\r\n/etc:\r\nrc\r\nsystem.conf\r\n");
        assertThat(sh.run("cp /etc/rc /home/d/copy && cat /home/d/copy")).contains("echo Minnow is up.");
        assertThat(sh.run("cp /etc/rc /etc/system.conf /home/e; ls /home/e")).isEqualTo("rc\r\nsystem.conf\r\n");
        assertThat(sh.run("mv /home/d/copy /home/d/moved; ls /home/d")).isEqualTo("moved\r\n");
        assertThat(sh.run("mv /home/d/moved /home; ls /home")).isEqualTo("README\r\nd\r\ne\r\nmoved\r\n");
        assertThat(sh.run("cd /home; cat moved | cat; cd /")).contains("echo Minnow is up.");
        assertThat(sh.run("rm /home/moved; rm /home/e; echo $?")).isEqualTo("rm: /home/e: is a directory (use -r)\r\n1\r\n");
        assertThat(sh.run("rm -r /home/e /home/d && ls /home")).isEqualTo("README\r\n");
        assertThat(sh.run("ls /nowhere; echo $?")).startsWith("ls: /nowhere: ").endsWith("\r\n1\r\n");
        assertThat(sh.run("mkdir /home; echo $?")).startsWith("mkdir: /home: ").endsWith("\r\n1\r\n");
        assertThat(sh.run("cp /nowhere /home/x; echo $?")).startsWith("cp: /nowhere: ").endsWith("\r\n1\r\n");
    }

    @Test
    void psListsTheProcessesAndKillEndsOne() {
        String ps = sh.run("ps");
        assertThat(ps).startsWith("  PID  PPID    ENDPT S  NAME\r\n");
        assertThat(ps).containsPattern("\\n +1 +\\d+ +11 \\w  init\\r").containsPattern(" pm\\r").containsPattern(" vfs\\r")
            .containsPattern(" tty\\r").containsPattern(" sh\\r").containsPattern(" R  ps\\r");
        // a second shell, inside the first, kills itself: the first reports it
        rig.type("sh\n");
        sh.waitForPrompt();
        String inner = sh.run("ps");
        Matcher own = Pattern.compile("\\n +(\\d+) +(\\d+) +\\d+ \\w  ps\\r").matcher(inner);
        assertThat(own.find()).isTrue();
        int innerShell = Integer.parseInt(own.group(2));
        assertThat(sh.run("kill -KILL " + innerShell)).isEqualTo("Killed\r\n");
        assertThat(sh.run("echo $?")).isEqualTo("137\r\n");
        assertThat(sh.run("kill -BOGUS 1; echo $?")).isEqualTo("kill: BOGUS: no such signal\r\n1\r\n");
        assertThat(sh.run("kill 12x")).isEqualTo("kill: 12x: not a process id\r\n");
        assertThat(sh.run("kill -9 999")).startsWith("kill: 999: ");
    }

    @Test
    void theShellIsStartedAgainWhenItExitsAndCdPwdWork() {
        assertThat(sh.run("cd /etc; pwd; cat rc | cat")).startsWith("/etc\r\n# /etc/rc");
        rig.type("exit 3\n");
        sh.waitForPrompt();
        assertThat(sh.run("pwd")).isEqualTo("/\r\n");
    }

    @Test
    void ipcbenchTimesRoundTripsToIpcechoStartedAndStoppedForThem() {
        String out = sh.run("ipcbench 100");
        Matcher m = Pattern.compile("ipcbench: 100 round trips to ipcecho, (\\d+) cycles, (\\d+) cycles per round trip\r\n")
                .matcher(out);
        assertThat(m.matches()).as(out).isTrue();
        assertThat(Long.parseLong(m.group(2))).isPositive();
        assertThat(sh.run("service list")).contains("tty").doesNotContain("ipcecho");
        assertThat(sh.run("ipcbench --pm 100"))
                .matches("ipcbench: 100 round trips to pm, \\d+ cycles, [1-9]\\d* cycles per round trip\r\n");
        assertThat(sh.run("ipcbench x; echo $?")).startsWith("usage: ipcbench").endsWith("\r\n1\r\n");
        assertThat(sh.run("ipcbench --pm 1 2; echo $?")).startsWith("usage: ipcbench").endsWith("\r\n1\r\n");
    }

    @Test
    void ipcbenchUsesARunningIpcechoAndLeavesItRunning() {
        assertThat(sh.run("service up ipcecho; echo $?")).isEqualTo("0\r\n");
        assertThat(sh.run("ipcbench 10")).matches("ipcbench: 10 round trips to ipcecho, \\d+ cycles, [1-9]\\d* cycles per round trip\r\n");
        assertThat(sh.run("service list")).contains("ipcecho");
    }

    @Test
    void ipcbenchWithoutIpcechoOnTheDiskSaysSo() {
        assertThat(sh.run("mv /sbin/ipcecho /home/ipcecho; ipcbench 10; echo $?"))
                .isEqualTo("ipcbench: cannot start ipcecho: no /sbin/ipcecho\r\n1\r\n");
    }
}
