@echo off
rem postmortem: runs the postmortem command line (postmortem.jar) with the Java it finds, so that
rem "postmortem check docs\postmortems" works without typing java -jar.
rem The jar is the postmortem.jar beside this script, or the file POSTMORTEM_JAR names. Java is
rem %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH (17 or newer).
rem POSTMORTEM_JAVA_OPTS is passed to Java. Exit codes are the command's.
setlocal
set "POSTMORTEM_THE_JAR=%POSTMORTEM_JAR%"
if "%POSTMORTEM_THE_JAR%"=="" set "POSTMORTEM_THE_JAR=%~dp0postmortem.jar"
if not exist "%POSTMORTEM_THE_JAR%" (
  echo postmortem: cannot find the jar at %POSTMORTEM_THE_JAR%; put postmortem.jar beside this script or set POSTMORTEM_JAR 1>&2
  exit /b 2
)
set "POSTMORTEM_JAVA=java"
if not "%JAVA_HOME%"=="" if exist "%JAVA_HOME%\bin\java.exe" set "POSTMORTEM_JAVA=%JAVA_HOME%\bin\java.exe"
"%POSTMORTEM_JAVA%" %POSTMORTEM_JAVA_OPTS% -jar "%POSTMORTEM_THE_JAR%" %*
exit /b %ERRORLEVEL%
