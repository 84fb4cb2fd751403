@echo off
rem athena-wizard: the Athena Onboarding Wizard, run from the files "mvnw package" leaves next to this script
rem (athena-wizard.jar, lib\, javafx\). No arguments opens the window; anything else is the command line.
rem JavaFX is loaded as modules from javafx\, never from the class path. Needs Java 17 or newer:
rem %JAVA_HOME%\bin\java.exe, else java on the PATH. (The Unix launcher also keeps a class-data-sharing archive.)
rem The memory flags are packaging/launcher/athena-wizard's (packaging/README.md, "Memory").
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if "%~1"=="" (
  "%JAVA%" --module-path "%~dp0javafx" --add-modules javafx.controls -XX:TieredStopAtLevel=1 ^
    -Xms32m -XX:MaxHeapFreeRatio=10 -XX:MinHeapFreeRatio=5 -XX:G1PeriodicGCInterval=2000 ^
    -jar "%~dp0athena-wizard.jar"
) else (
  "%JAVA%" -jar "%~dp0athena-wizard.jar" %*
)
exit /b %ERRORLEVEL%
