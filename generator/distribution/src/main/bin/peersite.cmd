@echo off
rem peersite: builds a static knowledge site from Markdown and a FreeMarker theme. Runs lib\peersite.jar
rem beside this script's folder with %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on PATH.
rem PEERSITE_OPTS holds extra JVM options, e.g. set PEERSITE_OPTS=-Xmx2g
setlocal
set "HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %PEERSITE_OPTS% -jar "%HOME_DIR%\lib\peersite.jar" %*
exit /b %ERRORLEVEL%
