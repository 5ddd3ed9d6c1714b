/**
 * The userland's Java side: building the C userland into images, and the file-system tools.
 * The C sources themselves live beside this module's {@code src}, in {@code include/}, {@code lib/},
 * {@code servers/}, {@code drivers/}, {@code commands/} and {@code etc/} (see USERLAND.md).
 */
package org.minnow.userland;
