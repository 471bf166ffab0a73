@echo off
rem peersite: builds a static knowledge site from Markdown and a FreeMarker theme. Runs lib\peersite.jar
rem beside this script's folder in ONE JVM, with %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on
rem PATH, and the JVM options bin/peersite chooses for the command (see there and docs/performance.md):
rem   build, check   the parallel collector, only the quick compiler (C1), a heap of 384 MiB + 4 bytes per byte
rem                  of Markdown (at least 512 MiB); under 512 KiB of Markdown, C1 inlines only the smallest methods,
rem                  in one compiler thread on one or two processors
rem   serve          the JVM's defaults
rem   anything else  C1 and the serial collector
rem PEERSITE_OPTS holds extra JVM options, e.g. set PEERSITE_OPTS=-Xmx2g; they come last, so they win, and a
rem collector or compiler option there replaces the one chosen here. Unlike bin/peersite, this script makes no
rem class-data archive.
setlocal EnableExtensions DisableDelayedExpansion
set "HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")

rem The command (the first argument that is not an option) and the value of --content.
set "COMMAND="
set "CONTENT=content"
:scan
if "%~1"=="" goto scanned
set "ARG=%~1"
if "%ARG%"=="--content" (
  set "CONTENT=%~2"
  shift
  shift
  goto scan
)
if "%ARG:~0,10%"=="--content=" set "CONTENT=%ARG:~10%"
if not defined COMMAND if not "%ARG:~0,1%"=="-" set "COMMAND=%ARG%"
shift
goto scan
:scanned

set "OPTS=-Djava.awt.headless=true -Dpeersite.tuned=true"
set "COLLECTOR=-XX:+UseSerialGC"
set "COMPILER=-XX:TieredStopAtLevel=1"
if /i "%COMMAND%"=="serve" goto run
if /i "%COMMAND%"=="build" goto batch
if /i "%COMMAND%"=="check" goto batch
goto tuned

:batch
rem Markdown in KiB, each file rounded (set /a counts in 32 bits: KiB keep far from its limit).
set /a KIB=0
if exist "%CONTENT%\" for /r "%CONTENT%" %%F in (*.md) do set /a "KIB+=(%%~zF+512)/1024"
set /a HEAP=384+4*KIB/1024
if %HEAP% lss 512 set /a HEAP=512
set "OPTS=%OPTS% -Xmx%HEAP%m"
set "COLLECTOR=-XX:+UseParallelGC"
if %KIB% lss 512 set "COMPILER=%COMPILER% -XX:C1MaxInlineSize=10"
rem One compiler thread on one or two processors (unknown: the JVM's choice).
set "CPUS=%NUMBER_OF_PROCESSORS%"
if not defined CPUS set "CPUS=3"
if %KIB% lss 512 if %CPUS% leq 2 set "COMPILER=%COMPILER% -XX:CICompilerCount=1"

:tuned
if defined PEERSITE_OPTS (
  if not "%PEERSITE_OPTS%"=="%PEERSITE_OPTS:GC=%" set "COLLECTOR="
  if not "%PEERSITE_OPTS%"=="%PEERSITE_OPTS:Tiered=%" set "COMPILER="
  if not "%PEERSITE_OPTS%"=="%PEERSITE_OPTS:-Xint=%" set "COMPILER="
)
set "OPTS=%OPTS% %COLLECTOR% %COMPILER%"

:run
"%JAVA%" %OPTS% %PEERSITE_OPTS% -jar "%HOME_DIR%\lib\peersite.jar" %*
exit /b %ERRORLEVEL%
