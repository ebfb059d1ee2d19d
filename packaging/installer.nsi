; Windows installer of the peer support service desk (NSIS 3).
;
; Build it on a Windows PC after `py scripts\dev.py build`:
;     makensis /DVERSION=0.1.0 /DDIST=..\dist\peer-support packaging\installer.nsi
; It installs for the signed-in user only (no administrator rights, which center PCs often
; lack), into %LOCALAPPDATA%\Programs\PeerSupportDesk, with Start-menu and desktop shortcuts
; and an entry in "Apps & features". The data lives elsewhere (%LOCALAPPDATA%\PeerSupportDesk):
; installing a newer version over an older one replaces the program only, and uninstalling
; leaves the data, its backups and key files where they are.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST
  !define DIST "..\dist\peer-support"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\PeerSupportDesk-${VERSION}-setup.exe"
!endif

!define APP "PeerSupportDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "$(AppName)"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\peer-support.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString AppName ${LANG_SIMPCHINESE} "同伴支持服务工作台"
LangString AppName ${LANG_ENGLISH} "Peer support service desk"
LangString DataKept ${LANG_SIMPCHINESE} "程序已卸载。数据、备份和密钥文件仍保存在 $LOCALAPPDATA\${APP}。"
LangString DataKept ${LANG_ENGLISH} "The program was removed. The data, its backups and key files stay in $LOCALAPPDATA\${APP}."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Peer support service desk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Peer support service desk installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "See THIRD-PARTY-NOTICES.txt"

Section "Program" Program
  SectionIn RO
  ; An older version's program files go first (its data is not here), so no stale module
  ; of the old version is left beside the new one.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  CreateDirectory "$SMPROGRAMS\$(AppName)"
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(AppName).lnk" "$INSTDIR\peer-support.exe" "" "$INSTDIR\peer-support.exe" 0
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\peer-support.exe" "" "$INSTDIR\peer-support.exe" 0
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\peer-support.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; The program only: %LOCALAPPDATA%\PeerSupportDesk (the database, backups, key files) stays.
  Delete "$DESKTOP\$(AppName).lnk"
  RMDir /r "$SMPROGRAMS\$(AppName)"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
