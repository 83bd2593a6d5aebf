# Builds Trustcase's Windows installer (.msi) with the JDK's jlink and jpackage; needs the WiX Toolset 3 on the PATH.
# Called by `mvn -Pinstallers-windows package` on Windows (installers/pom.xml). Not built on Linux.
param([string]$PomVersion, [string]$AppJar, [string]$Target)
$ErrorActionPreference = "Stop"
$version = ($PomVersion -split "-")[0]
$work = Join-Path $Target "packaging"
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $work "input") | Out-Null
Copy-Item $AppJar (Join-Path $work "input/trustcase.jar")
$modules = "java.base,java.compiler,java.desktop,java.logging,java.naming,java.prefs,java.scripting," +
    "java.security.jgss,java.sql,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.zipfs"
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --output (Join-Path $work "runtime")
jpackage --type msi --name Trustcase --app-version $version --vendor Trustcase `
    --description "Personal-data breach cases from intake to notification, with legal deadlines and evidence" `
    --input (Join-Path $work "input") --main-jar trustcase.jar --main-class org.trustcase.app.Main `
    --runtime-image (Join-Path $work "runtime") --icon (Join-Path $PSScriptRoot "trustcase.ico") `
    --win-menu --win-menu-group Trustcase --win-shortcut --win-dir-chooser --win-per-user-install `
    --java-options "-XX:+UseSerialGC" --java-options "-Xmx256m" --dest $Target
# the command line: a console launcher beside the window's
jpackage --type app-image --name trustcase-cli --app-version $version --input (Join-Path $work "input") `
    --main-jar trustcase.jar --main-class org.trustcase.app.Main --runtime-image (Join-Path $work "runtime") `
    --win-console --dest (Join-Path $Target "cli")
