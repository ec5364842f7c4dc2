/**
 * The {@code activitysmith} command line: {@link com.activitysmith.cli.ActivitySmithCli} is the
 * command model (picocli), {@link com.activitysmith.cli.Main} the entry point of the executable jar.
 * Everything else is package-private.
 */
package com.activitysmith.cli;
