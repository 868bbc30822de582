<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../gui/activity/panel.py" line="+47"/>
        <source>Clear finished</source>
        <translation>끝난 작업 지우기</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select an operation to see its output.</source>
        <translation>작업을 고르면 출력이 보입니다.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{0} running, {1} failed, {2} in all</source>
        <translation>실행 중 {0}, 실패 {1}, 전체 {2}</translation>
    </message>
</context>
<context>
    <name>AddEngineDialog</name>
    <message>
        <location filename="../../gui/engines/add_dialog.py" line="+46"/>
        <source>Add an engine</source>
        <translation>엔진 추가</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ssh (through your ssh client)</source>
        <translation>ssh (사용자의 ssh 클라이언트로)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (tcp:// with certificates)</source>
        <translation>TLS (인증서를 쓰는 tcp://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain TCP (no encryption)</source>
        <translation>일반 TCP (암호화 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unix socket</source>
        <translation>유닉스 소켓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uses your ssh config (~/.ssh/config), agent and known_hosts, as the ssh command does; the engine&apos;s machine runs docker system dial-stdio. EnvDock never asks for a password: use a key from your agent or your ssh config, and a host already in known_hosts.</source>
        <translation>ssh 명령과 똑같이 사용자의 ssh 설정(~/.ssh/config), 에이전트, known_hosts를 씁니다. 엔진이 있는 머신에서는 docker system dial-stdio가 실행됩니다. EnvDock은 비밀번호를 묻지 않습니다: 에이전트나 ssh 설정에 있는 키를 쓰고, known_hosts에 이미 있는 호스트를 쓰세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CA certificate</source>
        <translation>CA 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client key</source>
        <translation>클라이언트 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not verify the engine&apos;s certificate</source>
        <translation>엔진의 인증서를 검증하지 않음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ The engine&apos;s certificate will not be checked: anyone on the network path can pretend to be this engine, and read or change everything sent to it. The engine carries a warning badge wherever it is shown.</source>
        <translation>⚠ 엔진의 인증서를 확인하지 않습니다: 네트워크 경로에 있는 누구나 이 엔진인 척할 수 있고, 엔진에 보내는 모든 것을 읽거나 바꿀 수 있습니다. 이 엔진은 표시되는 모든 곳에 경고 표시가 붙습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Plain TCP has no encryption and no authentication: whoever can reach this port is root on the engine&apos;s machine. Use ssh or TLS unless the network is yours alone.</source>
        <translation>⚠ 일반 TCP에는 암호화도 인증도 없습니다: 이 포트에 닿을 수 있는 사람은 누구나 엔진 머신의 root입니다. 나만 쓰는 네트워크가 아니라면 ssh나 TLS를 쓰세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as a Docker context, as this command would:</source>
        <translation>이 명령과 똑같이 Docker 컨텍스트로 저장됩니다:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+133"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Certificates (*.pem *.crt *.key);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker socket</source>
        <translation>Docker 소켓</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Do not verify the engine&apos;s certificate?</source>
        <translation>엔진의 인증서를 검증하지 않을까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without verification, anyone on the network path between you and the engine can pretend to be it: they see your images, environment variables and secrets, and can run anything as root on your behalf.</source>
        <translation>검증하지 않으면 사용자와 엔진 사이 네트워크 경로에 있는 누구나 엔진인 척할 수 있습니다: 이미지, 환경 변수, 비밀 값을 볼 수 있고, 사용자 대신 root로 무엇이든 실행할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not verify</source>
        <translation>검증하지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify it instead: ask the engine&apos;s owner for the CA file.</source>
        <translation>대신 검증하세요: 엔진 관리자에게 CA 파일을 받으세요.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add engine {0}</source>
        <translation>엔진 {0} 추가</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding…</source>
        <translation>추가하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/engines/form.py" line="+67"/>
        <source>A client certificate needs its key</source>
        <translation>클라이언트 인증서에는 키가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the key file that goes with the certificate.</source>
        <translation>인증서와 짝이 되는 키 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A key needs its client certificate</source>
        <translation>키에는 클라이언트 인증서가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the certificate file that goes with the key.</source>
        <translation>키와 짝이 되는 인증서 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A TLS engine needs the CA that signed its certificate</source>
        <translation>TLS 엔진에는 그 인증서에 서명한 CA가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file (ca.pem) the engine&apos;s owner gave you.</source>
        <translation>엔진 관리자에게 받은 CA 파일(ca.pem)을 고르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the engine a name</source>
        <translation>엔진 이름을 입력하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example gpu1.</source>
        <translation>예: gpu1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An engine named {0!r} exists already</source>
        <translation>{0!r} 이름의 엔진이 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or remove that engine first.</source>
        <translation>다른 이름을 고르거나, 그 엔진을 먼저 제거하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the engine&apos;s address</source>
        <translation>엔진 주소를 입력하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of engine has an address starting with {0}</source>
        <translation>이 종류의 엔진 주소는 {0}(으)로 시작합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the kind that matches the address, or correct it.</source>
        <translation>주소에 맞는 종류를 고르거나, 주소를 고치세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} is not a file</source>
        <translation>{0}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file the engine&apos;s owner gave you.</source>
        <translation>엔진 관리자에게 받은 파일을 고르세요.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../../gui/host/alerts_dialog.py" line="+27"/>
        <source>Alerts</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notify me when…</source>
        <translation>다음 경우 알려 주기…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>memory %</source>
        <translation>메모리 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swap %</source>
        <translation>스왑 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load (1 min)</source>
        <translation>부하(1분)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk {0} %</source>
        <translation>디스크 {0} %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>above</source>
        <translation>초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for</source>
        <translation>지속</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../gui/images/build_dialog.py" line="+75"/>
        <source>Build image</source>
        <translation>이미지 빌드</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder sent to the engine</source>
        <translation>엔진으로 보내는 폴더</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Context folder</source>
        <translation>컨텍스트 폴더</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <location line="+73"/>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>app:1.0, app:latest</source>
        <translation>app:1.0, app:latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build arguments</source>
        <translation>빌드 인자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target stage</source>
        <translation>대상 단계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cache</source>
        <translation>캐시 사용 안 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull newer base images</source>
        <translation>더 새로운 기반 이미지 받기</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Dockerfile</source>
        <translation>Dockerfile 저장</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction</source>
        <translation>명령어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Build</source>
        <translation>빌드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel build</source>
        <translation>빌드 취소</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run…</source>
        <translation>실행…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a container from the image just built</source>
        <translation>방금 빌드한 이미지로 컨테이너 실행</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build context</source>
        <translation>빌드 컨텍스트</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read {0}: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Dockerfile at {0} yet: write one and save it.</source>
        <translation>{0}에 아직 Dockerfile이 없습니다: 작성해서 저장하세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Context size</source>
        <translation>컨텍스트 크기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save {0}: {1}</source>
        <translation>{0}을(를) 저장할 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}</source>
        <translation>{0} 저장함</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(last stage)</source>
        <translation>(마지막 단계)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not connected to a Docker engine.</source>
        <translation>Docker 엔진에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Building…</source>
        <translation>빌드 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build {0}</source>
        <translation>{0} 빌드</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cached</source>
        <translation>캐시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Built {0}</source>
        <translation>{0} 빌드됨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build cancelled. Nothing was tagged.</source>
        <translation>빌드를 취소했습니다. 태그된 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unsaved Dockerfile</source>
        <translation>저장하지 않은 Dockerfile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dockerfile has changes that are not saved:
{0}</source>
        <translation>Dockerfile에 저장하지 않은 변경이 있습니다:
{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save them before closing?</source>
        <translation>닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the build context first</source>
        <translation>먼저 빌드 컨텍스트를 고르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dockerfile is saved in (or relative to) that folder.</source>
        <translation>Dockerfile은 그 폴더 안에(또는 그 폴더 기준으로) 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../gui/widgets/command_line.py" line="+19"/>
        <source>The command of the last action shows here</source>
        <translation>마지막 작업의 명령이 여기에 표시됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command line</source>
        <translation>명령줄 복사</translation>
    </message>
</context>
<context>
    <name>ComposeBase</name>
    <message>
        <location filename="../../gui/compose/panel.py" line="+75"/>
        <location line="+109"/>
        <source>Looking for compose…</source>
        <translation>compose를 찾는 중…</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Detect again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter projects</source>
        <translation>프로젝트 필터</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No compose projects yet. Open a compose file or a folder holding one, or start one with docker compose: projects running on the engine show here.</source>
        <translation>아직 compose 프로젝트가 없습니다. compose 파일이나 그 파일이 있는 폴더를 열거나 docker compose로 시작하세요. 엔진에서 실행 중인 프로젝트가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Read compose projects</source>
        <translation>compose 프로젝트 읽기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find compose</source>
        <translation>compose 찾기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acting through {0}</source>
        <translation>{0}(으)로 작업합니다</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Choose a project to see its services.</source>
        <translation>서비스를 보려면 프로젝트를 선택하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files: {0}</source>
        <translation>파일: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment file: {0}</source>
        <translation>환경 파일: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its files are not known here (started elsewhere).</source>
        <translation>이 프로젝트의 파일은 여기서 알 수 없습니다(다른 곳에서 시작됨).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles: {0}</source>
        <translation>프로필: {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Read a compose project</source>
        <translation>compose 프로젝트 읽기</translation>
    </message>
</context>
<context>
    <name>ComposeContainersModel</name>
    <message>
        <location filename="../../gui/compose/models.py" line="+82"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>헬스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태 설명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
</context>
<context>
    <name>ComposeEditor</name>
    <message>
        <location filename="../../gui/compose/editor.py" line="+83"/>
        <source>Cannot read {0}</source>
        <translation>{0}을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compose files — {0}</source>
        <translation>Compose 파일 — {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+157"/>
        <source>Resolved</source>
        <translation>해석된 구성</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The configuration compose will run: files merged, variables filled in</source>
        <translation>compose가 실행할 구성: 파일을 합치고 변수를 채운 결과</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show secret values</source>
        <translation>비밀 값 보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret-looking values in .env (read-only until shown) and in the resolved configuration are masked until shown</source>
        <translation>.env(보기 전까지 읽기 전용)와 해석된 구성의 비밀로 보이는 값은 보기를 켤 때까지 가려집니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read compose files</source>
        <translation>compose 파일 읽기</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Changed: {0}</source>
        <translation>변경됨: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check compose files</source>
        <translation>compose 파일 검사</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolved (stale)</source>
        <translation>해석된 구성(오래됨)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files are valid</source>
        <translation>파일이 올바릅니다</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing to save</source>
        <translation>저장할 내용이 없습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save compose files</source>
        <translation>compose 파일 저장</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved {0} (previous kept as {1})</source>
        <translation>{0} 저장됨(이전 파일은 {1}(으)로 보관)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}</source>
        <translation>{0} 저장됨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {0}</source>
        <translation>저장되지 않음: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to {0}?</source>
        <translation>{0}의 변경 사항을 저장할까요?</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <location filename="../../gui/compose/actions.py" line="+50"/>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a compose file (or a folder holding one)</source>
        <translation>compose 파일(또는 그 파일이 있는 폴더) 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up…</source>
        <translation>실행(up)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down…</source>
        <translation>내리기(down)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+197"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+194"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+192"/>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Pull</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+189"/>
        <source>Build</source>
        <translation>빌드</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Recreate service</source>
        <translation>서비스 다시 만들기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale…</source>
        <translation>개수 조정…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+199"/>
        <source>Watch</source>
        <translation>감시(watch)</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Edit files</source>
        <translation>파일 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget</source>
        <translation>목록에서 빼기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the project from this list (its files and containers stay)</source>
        <translation>이 목록에서 프로젝트를 뺍니다(파일과 컨테이너는 그대로 남습니다)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>프로젝트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rebuild and update services as their files change (until Cancel)</source>
        <translation>파일이 바뀔 때마다 서비스를 다시 빌드하고 갱신합니다(취소할 때까지)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The project&apos;s compose files are not known here.</source>
        <translation>이 프로젝트의 compose 파일을 여기서 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a compose file</source>
        <translation>compose 파일 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose files (*.yml *.yaml);;All files (*)</source>
        <translation>Compose 파일 (*.yml *.yaml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open compose project {0}</source>
        <translation>compose 프로젝트 {0} 열기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forget a compose project</source>
        <translation>compose 프로젝트를 목록에서 빼기</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Up</source>
        <translation>실행(up)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recreate</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Scale</source>
        <translation>개수 조정</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Containers of {0}:</source>
        <translation>{0}의 컨테이너 수:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What down removes</source>
        <translation>down이 지우는 것</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volumes: {0}</source>
        <translation>볼륨: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images: {0}</source>
        <translation>이미지: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Down</source>
        <translation>내리기(down)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Down removes these for good, with the containers:</source>
        <translation>down은 컨테이너와 함께 다음을 영구히 지웁니다:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>ComposeProgressModel</name>
    <message>
        <location filename="../../gui/compose/models.py" line="+7"/>
        <source>What</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ComposeProjectsModel</name>
    <message>
        <location line="-72"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>ComposeServicesModel</name>
    <message>
        <location line="+7"/>
        <source>build: {0}</source>
        <translation>빌드: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no longer in the file)</source>
        <translation>(파일에 더 이상 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(profile off)</source>
        <translation>(프로필 꺼짐)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image / build</source>
        <translation>이미지 / 빌드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>의존 대상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
</context>
<context>
    <name>ComposeTreeModel</name>
    <message>
        <location filename="../../gui/containers/compose_tree.py" line="+101"/>
        <source>(not in a compose project)</source>
        <translation>(compose 프로젝트 아님)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}/{1} running</source>
        <translation>{1}개 중 {0}개 실행 중</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compose project</source>
        <translation>compose 프로젝트</translation>
    </message>
</context>
<context>
    <name>ContainerDetails</name>
    <message>
        <location filename="../../gui/containers/details.py" line="+84"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit code {0}</source>
        <translation>종료 코드 {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health</source>
        <translation>상태 검사</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart policy</source>
        <translation>재시작 정책</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — only on the engine&apos;s own machine (loopback): not reachable from here</source>
        <translation> — 엔진이 있는 머신 안에서만(루프백): 여기서는 닿지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — reachable from the network</source>
        <translation> — 네트워크에서 접근 가능</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none published</source>
        <translation>공개된 포트 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mounts</source>
        <translation>마운트</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show secret-looking values</source>
        <translation>비밀처럼 보이는 값 보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+87"/>
        <source>Select a container.</source>
        <translation>컨테이너를 고르세요.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Live figures appear while the container runs.</source>
        <translation>컨테이너가 실행되는 동안 실시간 수치가 나타납니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CPU (of one core)</source>
        <translation>CPU (코어 하나 기준)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>used</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>limit</source>
        <translation>제한</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive</source>
        <translation>수신</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send</source>
        <translation>송신</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stats</source>
        <translation>통계</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No live figures: the container is not running.</source>
        <translation>실시간 수치 없음: 컨테이너가 실행 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ContainerStates</name>
    <message>
        <location filename="../../gui/containers/model.py" line="+36"/>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarting</source>
        <translation>재시작 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removing</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead</source>
        <translation>죽음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping…</source>
        <translation>중지 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarting…</source>
        <translation>재시작 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pausing…</source>
        <translation>일시 중지 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unpausing…</source>
        <translation>재개 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killing…</source>
        <translation>강제 종료 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removing…</source>
        <translation>삭제 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renaming…</source>
        <translation>이름 바꾸는 중…</translation>
    </message>
</context>
<context>
    <name>ContainerizeDialog</name>
    <message>
        <location filename="../../gui/bridge/containerize_dialog.py" line="+49"/>
        <location line="+86"/>
        <source>Containerize {0}</source>
        <translation>{0} 컨테이너화</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>EnvDock writes a Dockerfile and its build context from what is installed in {0}, then opens it in the build window.</source>
        <translation>EnvDock이 {0}에 설치된 것으로 Dockerfile과 빌드 컨텍스트를 만든 뒤 빌드 창에서 엽니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base image</source>
        <translation>기반 이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to (a new folder)</source>
        <translation>쓸 위치(새 폴더)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: your code, copied into the image</source>
        <translation>선택: 이미지에 복사할 코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project folder</source>
        <translation>프로젝트 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working directory</source>
        <translation>작업 디렉터리</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port the app listens on</source>
        <translation>앱이 듣는 포트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. uvicorn app:app --port 9002</source>
        <translation>선택, 예: uvicorn app:app --port 9002</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start command</source>
        <translation>시작 명령</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Builder stage when it saves size</source>
        <translation>크기가 줄어들 때만 빌더 단계 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always a builder stage</source>
        <translation>항상 빌더 단계 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One stage</source>
        <translation>단일 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every package file in the context (builds without a package index)</source>
        <translation>모든 패키지 파일을 컨텍스트에 넣기(패키지 인덱스 없이 빌드)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write Dockerfile</source>
        <translation>Dockerfile 쓰기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder</source>
        <translation>폴더 고르기</translation>
    </message>
</context>
<context>
    <name>ContainersModel</name>
    <message>
        <location filename="../../gui/containers/model.py" line="-27"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Published on all interfaces: reachable from the network</source>
        <translation>모든 인터페이스에 공개됨: 네트워크에서 접근 가능</translation>
    </message>
</context>
<context>
    <name>ContainersPanel</name>
    <message>
        <location filename="../../gui/containers/panel.py" line="+76"/>
        <source>Filter by name, image, state, ports…</source>
        <translation>이름, 이미지, 상태, 포트로 거르기…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group by compose project</source>
        <translation>compose 프로젝트별로 묶기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All engines</source>
        <translation>모든 엔진</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every engine&apos;s containers together, with an Engine column</source>
        <translation>모든 엔진의 컨테이너를 함께, 엔진 열과 함께 보기</translation>
    </message>
    <message>
        <location filename="../../gui/containers/actions.py" line="+54"/>
        <source>Run…</source>
        <translation>실행…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpause</source>
        <translation>재개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in my terminal emulator</source>
        <translation>내 터미널 에뮬레이터에서 열기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kill with signal</source>
        <translation>시그널로 종료</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare with an environment…</source>
        <translation>환경과 비교…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to compose…</source>
        <translation>compose로 내보내기…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Export to compose (an existing file gets them added)</source>
        <translation>compose로 내보내기 (기존 파일에는 추가됨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export {0} to {1}</source>
        <translation>{0}을(를) {1}(으)로 내보내기</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save {0} as a compose service</source>
        <translation>{0}을(를) compose 서비스로 저장</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} on other engines were left out: export them apart.</source>
        <translation>다른 엔진의 {0}은(는) 빠졌습니다. 따로 내보내세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {0} to {1}</source>
        <translation>{0}을(를) {1}에 저장했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/containers/panel.py" line="+195"/>
        <location line="+22"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>컨테이너 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/containers/actions.py" line="-158"/>
        <source>Remove containers</source>
        <translation>컨테이너 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/containers/panel.py" line="+3"/>
        <source>Remove %n container(s)?</source>
        <translation>
            <numerusform>컨테이너 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/containers/actions.py" line="-4"/>
        <source>Also remove their anonymous volumes (-v)</source>
        <translation>익명 볼륨도 함께 삭제(-v)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/containers/panel.py" line="+3"/>
        <source>%n of them are running and will be stopped (force).</source>
        <translation>
            <numerusform>그중 %n개가 실행 중이며 중지됩니다(강제).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/containers/actions.py" line="+20"/>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename {0} to {1}</source>
        <translation>{0}의 이름을 {1}(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>List images</source>
        <translation>이미지 목록</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run {0}</source>
        <translation>{0} 실행</translation>
    </message>
    <message>
        <location filename="../../gui/containers/panel.py" line="-49"/>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n개 실행 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} shown</source>
        <translation>{1} 중 {0} 표시</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No containers yet.
Start one with `docker run` — it appears here at once.</source>
        <translation>아직 컨테이너가 없습니다.
`docker run`으로 하나 시작하면 곧바로 여기에 나타납니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No containers to show.</source>
        <translation>보여 줄 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No container matches the filter.</source>
        <translation>필터에 맞는 컨테이너가 없습니다.</translation>
    </message>
</context>
<context>
    <name>CreateEnvDialog</name>
    <message>
        <location filename="../../gui/environments/create_dialog.py" line="+49"/>
        <source>Create an environment</source>
        <translation>환경 만들기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>virtualenv (pip)</source>
        <translation>virtualenv (pip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conda (py-rattler)</source>
        <translation>conda (py-rattler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>my-project</source>
        <translation>my-project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Python EnvDock runs virtualenv with</source>
        <translation>EnvDock이 virtualenv를 실행하는 Python</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python (-p)</source>
        <translation>Python(-p)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give access to the system site-packages (--system-site-packages)</source>
        <translation>시스템 site-packages 사용 허용(--system-site-packages)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pip</source>
        <translation>pip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pip, setuptools and wheel</source>
        <translation>pip, setuptools, wheel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (no pip)</source>
        <translation>없음(pip 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed packages</source>
        <translation>기본 설치 패키지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: requirements.txt to install</source>
        <translation>선택: 설치할 requirements.txt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Packages (conda specs)</source>
        <translation>패키지(conda 명세)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where to create it</source>
        <translation>만들 위치</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requirements file</source>
        <translation>요구 사항 파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirements (*.txt);;All files (*)</source>
        <translation>요구 사항 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The location must be an absolute folder path.</source>
        <translation>위치는 절대 폴더 경로여야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} already exists.</source>
        <translation>{0}이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requirements file does not exist.</source>
        <translation>요구 사항 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one package, e.g. python=3.11.</source>
        <translation>패키지를 하나 이상 적으세요. 예: python=3.11.</translation>
    </message>
</context>
<context>
    <name>CreateNetworkDialog</name>
    <message>
        <location filename="../../gui/networks/panel.py" line="+221"/>
        <source>Create network</source>
        <translation>네트워크 만들기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, e.g. 172.28.0.0/16</source>
        <translation>선택, 예: 172.28.0.0/16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. 172.28.0.1</source>
        <translation>선택, 예: 172.28.0.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal (no access to the outside)</source>
        <translation>내부 전용(외부 접근 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The gateway must be inside the subnet.</source>
        <translation>게이트웨이는 서브넷 안에 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A gateway needs a subnet.</source>
        <translation>게이트웨이에는 서브넷이 필요합니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Creating…</source>
        <translation>만드는 중…</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <location filename="../../gui/volumes/panel.py" line="+225"/>
        <source>Create volume</source>
        <translation>볼륨 만들기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Label {0!r} is not key=value</source>
        <translation>레이블 {0!r}이(가) key=value 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>DiskPanel</name>
    <message>
        <location filename="../../gui/disk/panel.py" line="+40"/>
        <source>What the engine keeps on disk. Computing it is costly for the engine, so it is done only when you ask.</source>
        <translation>엔진이 디스크에 보관하는 것들입니다. 계산이 엔진에 부담되므로 요청할 때만 계산합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compute disk use</source>
        <translation>디스크 사용량 계산</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Not computed yet.</source>
        <translation>아직 계산하지 않았습니다.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reclaimable</source>
        <translation>회수 가능</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prune…</source>
        <translation>정리…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Image prune also removes unused tagged images (not only dangling ones)</source>
        <translation>이미지 정리 시 사용하지 않는 태그된 이미지도 삭제(매달린 이미지만이 아니라)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build cache</source>
        <translation>빌드 캐시</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk use</source>
        <translation>디스크 사용량</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} in all, {1} reclaimable — computed at {2}</source>
        <translation>전체 {0}, 회수 가능 {1} — {2}에 계산함</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Prune preview</source>
        <translation>정리 미리 보기</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Pruned %n item(s), {0} reclaimed</source>
        <translation>
            <numerusform>항목 %n개 정리, {0} 확보</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prune {0}</source>
        <translation>{0} 정리</translation>
    </message>
</context>
<context>
    <name>DockerfileEditor</name>
    <message>
        <location filename="../../gui/images/dockerfile_editor.py" line="+123"/>
        <source>No warnings.</source>
        <translation>경고 없음.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {0}</source>
        <translation>{0}번째 줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
</context>
<context>
    <name>DownDialog</name>
    <message>
        <location filename="../../gui/compose/dialogs.py" line="+129"/>
        <location line="+25"/>
        <source>Down</source>
        <translation>내리기(down)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Stops and removes the project&apos;s containers and the networks it made. Volumes and images stay unless chosen below (you will see their names before anything is removed).</source>
        <translation>프로젝트의 컨테이너와 프로젝트가 만든 네트워크를 멈추고 지웁니다. 아래에서 고르지 않으면 볼륨과 이미지는 남습니다(지우기 전에 그 이름을 보여 드립니다).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also remove the project&apos;s volumes (--volumes): their data is lost</source>
        <translation>프로젝트의 볼륨도 지우기(--volumes): 데이터가 사라집니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also remove the images its services use (--rmi all)</source>
        <translation>서비스가 쓰는 이미지도 지우기(--rmi all)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs:</source>
        <translation>실행할 명령:</translation>
    </message>
</context>
<context>
    <name>EngineBanner</name>
    <message>
        <location filename="../../gui/widgets/engine_banner.py" line="+27"/>
        <source>Retry now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;TLS certificate verification is OFF&lt;/b&gt; for this engine: anyone on the network path could impersonate it.</source>
        <translation>이 엔진의 &lt;b&gt;TLS 인증서 검증이 꺼져 있습니다&lt;/b&gt;: 네트워크 경로에 있는 누구나 엔진을 사칭할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Showing the last known state.</source>
        <translation>마지막으로 알려진 상태를 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>EngineSwitch</name>
    <message>
        <location filename="../../gui/engine_switch.py" line="+38"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Manage engines…</source>
        <translation>엔진 관리…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>TLS is NOT verified: anyone on the way can pretend to be it.</source>
        <translation>TLS를 확인하지 않습니다: 중간의 누구든 이 엔진인 척할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plain TCP: whoever reaches its port is root on its host.</source>
        <translation>암호화되지 않은 TCP: 그 포트에 닿는 사람은 누구나 그 호스트의 root가 됩니다.</translation>
    </message>
</context>
<context>
    <name>EngineTitle</name>
    <message>
        <location filename="../../gui/widgets/engine_label.py" line="+34"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>EnginesDialog</name>
    <message>
        <location filename="../../gui/engines/dialog.py" line="+91"/>
        <source>Engines</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every engine EnvDock knows: this machine&apos;s and every Docker context. Engines added here are saved as Docker contexts, so docker --context NAME works with them too; contexts made with the docker CLI appear here by themselves.</source>
        <translation>EnvDock이 아는 모든 엔진: 이 머신의 엔진과 모든 Docker 컨텍스트입니다. 여기서 추가한 엔진은 Docker 컨텍스트로 저장되므로 docker --context 이름 으로도 쓸 수 있고, docker CLI로 만든 컨텍스트는 여기에 저절로 나타납니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it the engine EnvDock&apos;s panels act on</source>
        <translation>EnvDock 패널이 다룰 엔진으로 정합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the docker CLI&apos;s current context</source>
        <translation>docker CLI의 현재 컨텍스트로 지정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As docker context use NAME: the docker command uses it from then on</source>
        <translation>docker context use 이름 과 같습니다: 그 뒤로 docker 명령이 이 엔진을 씁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+91"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Retry now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected yet: it connects when you use it.</source>
        <translation>아직 연결되지 않았습니다: 사용할 때 연결됩니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;default&quot; is the engine without a context: it cannot be removed.</source>
        <translation>&quot;default&quot;는 컨텍스트가 없는 엔진이라 제거할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove engine</source>
        <translation>엔진 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the engine {0}?</source>
        <translation>엔진 {0}을(를) 제거할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Docker context is removed too: docker --context {0} stops working. The engine itself, its containers and images are not touched.</source>
        <translation>Docker 컨텍스트도 함께 제거되어 docker --context {0}은(는) 더 이상 동작하지 않습니다. 엔진 자체와 그 컨테이너, 이미지는 건드리지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove engine {0}</source>
        <translation>엔진 {0} 제거</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;default&quot; is the engine without a context: it cannot be renamed.</source>
        <translation>&quot;default&quot;는 컨텍스트가 없는 엔진이라 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename engine</source>
        <translation>엔진 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for {0} (its Docker context is renamed too):</source>
        <translation>{0}의 새 이름 (Docker 컨텍스트 이름도 바뀝니다):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An engine named {0!r} exists already</source>
        <translation>{0!r} 이름의 엔진이 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name.</source>
        <translation>다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename engine {0}</source>
        <translation>엔진 {0} 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Make {0} the docker CLI&apos;s current context</source>
        <translation>{0}을(를) docker CLI의 현재 컨텍스트로 지정</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Read the docker CLI&apos;s current context</source>
        <translation>docker CLI의 현재 컨텍스트 읽기</translation>
    </message>
</context>
<context>
    <name>EnginesModel</name>
    <message>
        <location filename="../../gui/engines/model.py" line="+24"/>
        <source>local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unix socket</source>
        <translation>유닉스 소켓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh</source>
        <translation>ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain TCP</source>
        <translation>일반 TCP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker context</source>
        <translation>Docker 컨텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added in EnvDock</source>
        <translation>EnvDock에서 추가</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not connected</source>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS NOT verified</source>
        <translation>TLS 검증 안 함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unencrypted TCP</source>
        <translation>암호화 없는 TCP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine&apos;s certificate is not checked: anyone on the network path can pretend to be this engine and read everything sent to it.</source>
        <translation>엔진의 인증서를 확인하지 않습니다: 네트워크 경로에 있는 누구나 이 엔진인 척하고 엔진에 보내는 모든 것을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No encryption and no authentication: whoever can reach this port is root on the engine&apos;s machine.</source>
        <translation>암호화도 인증도 없습니다: 이 포트에 닿을 수 있는 사람은 누구나 엔진 머신의 root입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS, the engine&apos;s certificate verified</source>
        <translation>TLS, 엔진의 인증서 검증함</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>docker CLI</source>
        <translation>docker CLI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use by</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
</context>
<context>
    <name>EnvironmentsModel</name>
    <message>
        <location filename="../../gui/environments/models.py" line="+19"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>상태 검사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken: {0}</source>
        <translation>손상됨: {0}</translation>
    </message>
</context>
<context>
    <name>EnvironmentsPanel</name>
    <message>
        <location filename="../../gui/environments/panel.py" line="+69"/>
        <source>Filter by name, kind, Python, path…</source>
        <translation>이름, 종류, Python, 경로로 거르기…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../gui/environments/operations.py" line="+41"/>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create from file…</source>
        <translation>파일로 만들기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clone…</source>
        <translation>복제…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export requirements.txt…</source>
        <translation>requirements.txt 내보내기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export environment.yml…</source>
        <translation>environment.yml 내보내기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open terminal</source>
        <translation>터미널 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy activate command</source>
        <translation>activate 명령 복사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register Jupyter kernel…</source>
        <translation>Jupyter 커널 등록…</translation>
    </message>
    <message>
        <location filename="../../gui/environments/all_environments.py" line="+22"/>
        <source>Back up all…</source>
        <translation>모두 백업…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore all…</source>
        <translation>모두 복원…</translation>
    </message>
    <message>
        <location filename="../../gui/environments/folders.py" line="+47"/>
        <source>Add folder to scan…</source>
        <translation>찾아볼 폴더 추가…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to look…</source>
        <translation>찾아볼 곳…</translation>
    </message>
    <message>
        <location filename="../../gui/environments/all_environments.py" line="+3"/>
        <source>Which environments have…</source>
        <translation>패키지가 있는 환경 찾기…</translation>
    </message>
    <message>
        <location filename="../../gui/environments/operations.py" line="+3"/>
        <source>Containerize…</source>
        <translation>컨테이너화…</translation>
    </message>
    <message>
        <location filename="../../gui/environments/panel.py" line="+15"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../gui/environments/packages.py" line="+44"/>
        <location filename="../../gui/environments/panel.py" line="+122"/>
        <source>Select an environment to see its packages.</source>
        <translation>환경을 고르면 패키지가 보입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter packages…</source>
        <translation>패키지 거르기…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Install…</source>
        <translation>설치…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade selected</source>
        <translation>선택한 것 업그레이드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uninstall selected</source>
        <translation>선택한 것 제거</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check outdated</source>
        <translation>오래된 패키지 확인</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade all outdated</source>
        <translation>오래된 것 모두 업그레이드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dependency tree</source>
        <translation>의존성 트리</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../gui/environments/panel.py" line="-92"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find environments</source>
        <translation>환경 찾기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not measured: a system Python shares {0} with the rest of the system.</source>
        <translation>재지 않음: 시스템 Python은 {0}을(를) 시스템의 나머지 부분과 함께 씁니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Size of {0}</source>
        <translation>{0}의 크기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not measured: {0}</source>
        <translation>재지 않음: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>환경 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n broken</source>
        <translation>
            <numerusform>손상됨 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} of {1} shown</source>
        <translation>{1} 중 {0} 표시</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Uses the system site-packages.</source>
        <translation>시스템 site-packages를 사용합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s Python: its packages belong to the system&apos;s package manager and are shown read-only, from {0}.</source>
        <translation>시스템의 Python: 패키지는 시스템 패키지 관리자의 것이므로 읽기 전용으로 보여 줍니다 ({0}에서 읽음).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken: {0}</source>
        <translation>손상됨: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/environments/packages.py" line="+42"/>
        <source>Read packages</source>
        <translation>패키지 읽기</translation>
    </message>
    <message>
        <location filename="../../gui/environments/base.py" line="+76"/>
        <source>Select an environment first.</source>
        <translation>먼저 환경을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/environments/operations.py" line="+14"/>
        <source>Read conda channels</source>
        <translation>conda 채널 읽기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create conda environment {0}</source>
        <translation>conda 환경 {0} 만들기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create virtualenv {0}</source>
        <translation>virtualenv {0} 만들기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create from requirements.txt or environment.yml</source>
        <translation>requirements.txt 또는 environment.yml로 만들기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spec files (*.txt *.yml *.yaml);;All files (*)</source>
        <translation>명세 파일 (*.txt *.yml *.yaml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New environment</source>
        <translation>새 환경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create {0} from {1}</source>
        <translation>{1}(으)로 {0} 만들기</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clone {0}</source>
        <translation>{0} 복제</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clone {0} to {1}</source>
        <translation>{0}을(를) {1}(으)로 복제</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename {0}</source>
        <translation>{0} 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename {0} to {1}</source>
        <translation>{0}의 이름을 {1}(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the environment {0}?

{1}
{2} on disk will be freed. This cannot be undone.</source>
        <translation>환경 {0}을(를) 삭제할까요?

{1}
디스크에서 {2}이(가) 확보됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete environment</source>
        <translation>환경 삭제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete {0}</source>
        <translation>{0} 삭제</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check {0}</source>
        <translation>{0} 확인</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>Export {0}</source>
        <translation>{0} 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to {0}</source>
        <translation>{0}(으)로 내보냄</translation>
    </message>
    <message>
        <location filename="../../gui/environments/packages.py" line="+43"/>
        <source>Install into {0} (conda): {1}</source>
        <translation>{0}에 설치(conda): {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install into {0}: {1}</source>
        <translation>{0}에 설치: {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Uninstall</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall {0} from {1}?</source>
        <translation>{1}에서 {0}을(를) 제거할까요?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Uninstall from {0}: {1}</source>
        <translation>{0}에서 제거: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/environments/panel.py" line="-45"/>
        <source>%n outdated package(s) in {0}</source>
        <translation>
            <numerusform>{0}의 오래된 패키지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/environments/packages.py" line="+19"/>
        <source>Check outdated packages of {0}</source>
        <translation>{0}의 오래된 패키지 확인</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing known to be outdated: run “Check outdated” first.</source>
        <translation>오래된 것으로 알려진 패키지가 없습니다. 먼저 “오래된 패키지 확인”을 실행하세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (missing)</source>
        <translation> (없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (cycle)</source>
        <translation> (순환)</translation>
    </message>
    <message>
        <location filename="../../gui/environments/operations.py" line="+20"/>
        <source>Copied: {0}</source>
        <translation>복사함: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jupyter kernel</source>
        <translation>Jupyter 커널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel name:</source>
        <translation>커널 이름:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register Jupyter kernel {0}</source>
        <translation>Jupyter 커널 {0} 등록</translation>
    </message>
    <message>
        <location filename="../../gui/environments/all_environments.py" line="+8"/>
        <source>Back up every environment to</source>
        <translation>모든 환경을 다음 위치에 백업</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/environments/panel.py" line="-3"/>
        <source>Back up %n environment(s)</source>
        <translation>
            <numerusform>환경 %n개 백업</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/environments/all_environments.py" line="+14"/>
        <source>Restore from a backup folder</source>
        <translation>백업 폴더에서 복원</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore: {0} created, {1} skipped, {2} failed</source>
        <translation>복원: {0}개 만듦, {1}개 건너뜀, {2}개 실패</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Restore environments</source>
        <translation>환경 복원</translation>
    </message>
    <message>
        <location filename="../../gui/environments/folders.py" line="+27"/>
        <source>Folder to scan for environments</source>
        <translation>환경을 찾아볼 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/environments/all_environments.py" line="+22"/>
        <source>Which environments have a package</source>
        <translation>패키지가 있는 환경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package name:</source>
        <translation>패키지 이름:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who has {0}</source>
        <translation>{0}이(가) 있는 곳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No environment has {0}.</source>
        <translation>{0}이(가) 있는 환경이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find {0} in every environment</source>
        <translation>모든 환경에서 {0} 찾기</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/widgets/error_dialog.py" line="+29"/>
        <source>EnvDock — error</source>
        <translation>EnvDock — 오류</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details are also in the log file: {0}</source>
        <translation>자세한 내용은 로그 파일에도 있습니다: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>Show details</source>
        <translation>세부 정보 보기</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide details</source>
        <translation>세부 정보 숨기기</translation>
    </message>
</context>
<context>
    <name>FailedPanel</name>
    <message>
        <location filename="../../gui/panel.py" line="+140"/>
        <source>&lt;h3&gt;The {0} panel could not open&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;{0} 패널을 열 수 없습니다&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/images/history.py" line="+16"/>
        <source>History of {0}</source>
        <translation>{0}의 기록</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created by</source>
        <translation>만든 명령</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>shared</source>
        <translation>공유</translation>
    </message>
</context>
<context>
    <name>HostPanel</name>
    <message>
        <location filename="../../gui/host/panel.py" line="+46"/>
        <source>1 min</source>
        <translation>1분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 min</source>
        <translation>10분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1시간</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sampling…</source>
        <translation>측정 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every</source>
        <translation>주기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} s</source>
        <translation>{0}초</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow now</source>
        <translation>지금 따라가기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the latest values after panning or zooming</source>
        <translation>이동하거나 확대한 뒤 최신 값으로 돌아가기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alerts…</source>
        <translation>경고…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save graphs as PNG…</source>
        <translation>그래프를 PNG로 저장…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>This machine (where EnvDock runs)</source>
        <translation>이 머신 (EnvDock이 실행 중인 곳)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This machine (where EnvDock runs) — the engine {0} is elsewhere</source>
        <translation>이 머신 (EnvDock이 실행 중인 곳) — 엔진 {0}은(는) 다른 곳에 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/host/graphs_page.py" line="+93"/>
        <source>core {0}</source>
        <translation>코어 {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../gui/host/panel.py" line="-46"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used</source>
        <translation>사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cached</source>
        <translation>캐시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swap used</source>
        <translation>사용 중인 스왑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disk I/O</source>
        <translation>디스크 I/O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive</source>
        <translation>수신</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send</source>
        <translation>송신</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temperature °C</source>
        <translation>온도 °C</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>GPU: {0}</source>
        <translation>GPU: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/host/panel.py" line="-8"/>
        <source>Graphs</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net receive</source>
        <translation>네트워크 수신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net send</source>
        <translation>네트워크 송신</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Top containers</source>
        <translation>상위 컨테이너</translation>
    </message>
    <message>
        <location filename="../../gui/host/graphs_page.py" line="+124"/>
        <source>{0} {1:.0f} % of {2}</source>
        <translation>{0} {2} 중 {1:.0f} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disks: </source>
        <translation>디스크: </translation>
    </message>
    <message>
        <location filename="../../gui/host/panel.py" line="+81"/>
        <source>CPU {0:.0f} %</source>
        <translation>CPU {0:.0f} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load {0:.2f}</source>
        <translation>부하 {0:.2f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory {0} of {1}</source>
        <translation>메모리 {1} 중 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swap {0}</source>
        <translation>스왑 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk ↓{0} ↑{1}</source>
        <translation>디스크 ↓{0} ↑{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net ↓{0} ↑{1}</source>
        <translation>네트워크 ↓{0} ↑{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0f} MHz</source>
        <translation>{0:.0f} MHz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max {0:.0f} °C</source>
        <translation>최고 {0:.0f} °C</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n running container(s) of the engine {0} (on its own machine, not this one) use {1:.0f} % CPU (of one core) and {2}.</source>
        <translation>
            <numerusform>엔진 {0}의 실행 중인 컨테이너 %n개(이 머신이 아닌 그 엔진의 머신에서 실행)가 CPU {1:.0f} %(코어 하나 기준)와 {2}를 사용합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n running container(s) use {0:.0f} % CPU (of one core) and {1}; the host: CPU {2:.0f} % of {3} cores, memory {4} of {5}.</source>
        <translation>
            <numerusform>실행 중인 컨테이너 %n개가 CPU {0:.0f} %(코어 하나 기준)와 {1}을(를) 사용합니다. 호스트: CPU {2:.0f} %(코어 {3}개), 메모리 {5} 중 {4}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export history</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save graphs</source>
        <translation>그래프 저장</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alert: {0} (now {1:.1f})</source>
        <translation>경고: {0} (현재 {1:.1f})</translation>
    </message>
</context>
<context>
    <name>ImagesModel</name>
    <message>
        <location filename="../../gui/images/model.py" line="+20"/>
        <source>Repository:tag</source>
        <translation>저장소:태그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by</source>
        <translation>사용처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&lt;none&gt; (intermediate)</source>
        <translation>&lt;none&gt; (중간 이미지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;none&gt; (dangling)</source>
        <translation>&lt;none&gt; (매달림)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%n container(s)</source>
        <translation>컨테이너 %n개</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../gui/images/panel.py" line="+129"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by repository, tag, id…</source>
        <translation>저장소, 태그, ID로 거르기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show dangling</source>
        <translation>매달린 이미지 보기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show intermediate</source>
        <translation>중간 이미지 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untagged parent images left by classic builds (docker images -a)</source>
        <translation>클래식 빌드가 남긴 태그 없는 부모 이미지(docker images -a)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All engines</source>
        <translation>모든 엔진</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every engine&apos;s images together, with an Engine column</source>
        <translation>모든 엔진의 이미지를 함께, 엔진 열과 함께 보기</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Intermediate images</source>
        <translation>중간 이미지</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pull image</source>
        <translation>이미지 받기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image reference (registry/repository:tag):</source>
        <translation>이미지 참조(registry/repository:tag):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pull {0}</source>
        <translation>{0} 받기</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Push image</source>
        <translation>이미지 올리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference to push (pick a tag, or type registry/repository:tag):</source>
        <translation>올릴 참조(태그를 고르거나 registry/repository:tag를 입력):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Push {0}</source>
        <translation>{0} 올리기</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save images</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image archives (*.tar)</source>
        <translation>이미지 아카이브 (*.tar)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Save %n image(s) to {0}</source>
        <translation>
            <numerusform>이미지 %n개를 {0}에 저장</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {0}</source>
        <translation>{0}에 저장함</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load images</source>
        <translation>이미지 불러오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image archives (*.tar *.tar.gz);;All files (*)</source>
        <translation>이미지 아카이브 (*.tar *.tar.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load {0}</source>
        <translation>{0} 불러오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded {0}</source>
        <translation>{0} 불러옴</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {0} dangling</source>
        <translation>, 매달린 이미지 {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tag image</source>
        <translation>이미지 태그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New reference (repository:tag):</source>
        <translation>새 참조(repository:tag):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag {0}</source>
        <translation>{0} 태그</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Untag image</source>
        <translation>이미지 태그 떼기</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Select one image that has several tags. An image&apos;s only tag goes with the image: use Remove for that.</source>
        <translation>태그가 여러 개인 이미지 하나를 고르세요. 이미지의 하나뿐인 태그는 이미지와 함께 지워집니다: 그럴 때는 삭제를 쓰세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag to remove (the image keeps its other tags):</source>
        <translation>뗄 태그 (이미지는 다른 태그를 그대로 가집니다):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Untag {0}</source>
        <translation>{0} 태그 떼기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove images</source>
        <translation>이미지 삭제</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Remove %n image(s)?</source>
        <translation>
            <numerusform>이미지 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Force (also images used by stopped containers or tagged several times)</source>
        <translation>강제(중지된 컨테이너가 쓰거나 태그가 여러 개인 이미지도)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Remove %n image(s)</source>
        <translation>
            <numerusform>이미지 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove dangling</source>
        <translation>매달린 이미지 삭제</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %n dangling image(s)?</source>
        <translation>
            <numerusform>매달린 이미지 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove dangling images</source>
        <translation>매달린 이미지 삭제</translation>
    </message>
    <message>
        <location line="-437"/>
        <location line="+451"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>Run…</source>
        <translation>실행…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with an environment…</source>
        <translation>환경과 비교…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag…</source>
        <translation>태그 떼기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove one tag of an image that has several (the image stays)</source>
        <translation>태그가 여러 개인 이미지에서 태그 하나를 뗍니다 (이미지는 남습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove dangling…</source>
        <translation>매달린 이미지 삭제…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pull…</source>
        <translation>받기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build…</source>
        <translation>빌드…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Push…</source>
        <translation>올리기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to file…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load from file…</source>
        <translation>파일에서 불러오기…</translation>
    </message>
    <message>
        <location line="+454"/>
        <source>Inspect {0}</source>
        <translation>{0} 검사</translation>
    </message>
    <message>
        <location line="-464"/>
        <location line="+468"/>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
</context>
<context>
    <name>InitDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="+471"/>
        <source>Initialise a swarm</source>
        <translation>스웜 초기화</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This engine becomes the swarm&apos;s first manager. Other engines join it at the address advertised here (port {port}).</source>
        <translation>이 엔진이 스웜의 첫 매니저가 됩니다. 다른 엔진은 여기서 알리는 주소(포트 {port})로 참여합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an address or an interface name</source>
        <translation>주소 또는 인터페이스 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: the engine chooses</source>
        <translation>비우면 엔진이 고릅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise address</source>
        <translation>알릴 주소(advertise)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine has several addresses: choose the one the other nodes reach it at, or type another.</source>
        <translation>엔진에 주소가 여러 개 있습니다. 다른 노드가 이 엔진에 닿는 주소를 고르거나 직접 입력하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Initialise</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the address the other nodes reach it at</source>
        <translation>다른 노드가 이 엔진에 닿는 주소를 고르세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text!r} is not an address</source>
        <translation>{text!r}은(는) 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an IP address (10.0.0.2), with a port if needed, or an interface name (eth0).</source>
        <translation>IP 주소(10.0.0.2, 필요하면 포트 포함)나 인터페이스 이름(eth0)을 쓰세요.</translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../../gui/environments/install_dialog.py" line="+25"/>
        <source>Install into {0}</source>
        <translation>{0}에 설치</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Packages, separated by spaces: names (numpy), specs (numpy==1.26.4), git URLs (git+https://…), or files:</source>
        <translation>공백으로 구분한 패키지: 이름(numpy), 명세(numpy==1.26.4), git URL(git+https://…) 또는 파일:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wheel or sdist…</source>
        <translation>휠 또는 sdist…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements file…</source>
        <translation>요구 사항 파일…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editable project…</source>
        <translation>편집 가능한 프로젝트…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not install dependencies (--no-deps)</source>
        <translation>의존성은 설치하지 않기(--no-deps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade if already installed (--upgrade)</source>
        <translation>이미 설치되어 있으면 업그레이드(--upgrade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install with pip instead of conda</source>
        <translation>conda 대신 pip으로 설치</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Install</source>
        <translation>설치</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wheel or source archive</source>
        <translation>휠 또는 소스 아카이브</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python packages (*.whl *.tar.gz *.zip)</source>
        <translation>Python 패키지 (*.whl *.tar.gz *.zip)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requirements file</source>
        <translation>요구 사항 파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirements (*.txt);;All files (*)</source>
        <translation>요구 사항 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project folder</source>
        <translation>프로젝트 폴더</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../gui/activity/model.py" line="+15"/>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="+20"/>
        <source>Join a swarm</source>
        <translation>스웜에 참여</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token comes from a manager of the swarm (its join tokens): a worker token makes this engine a worker, a manager token a manager.</source>
        <translation>토큰은 스웜 매니저의 참여 토큰에서 얻습니다. 워커 토큰이면 이 엔진은 워커가, 매니저 토큰이면 매니저가 됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>host:port (port {port} when left out)</source>
        <translation>host:port (포트를 생략하면 {port})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager address</source>
        <translation>매니저 주소</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join token</source>
        <translation>참여 토큰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: the address others reach it at</source>
        <translation>선택: 다른 노드가 이 엔진에 닿는 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise address</source>
        <translation>알릴 주소(advertise)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join</source>
        <translation>참여</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the address of a manager of the swarm</source>
        <translation>스웜 매니저의 주소를 입력하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write host:port, e.g. 10.0.0.2:2377.</source>
        <translation>host:port 형식으로 쓰세요. 예: 10.0.0.2:2377</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That is not a swarm join token</source>
        <translation>스웜 참여 토큰이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it from the manager: it starts with SWMTKN-1-.</source>
        <translation>매니저에서 복사하세요. SWMTKN-1-로 시작합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text!r} is not an address</source>
        <translation>{text!r}은(는) 주소가 아닙니다</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <location filename="../../gui/widgets/json_view.py" line="+32"/>
        <source>Find in the JSON (Enter: next)</source>
        <translation>JSON에서 찾기(Enter: 다음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show secret-looking values</source>
        <translation>비밀처럼 보이는 값 보기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../gui/widgets/list_panel.py" line="+112"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../gui/containers/log_view.py" line="+158"/>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timestamps</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrap</source>
        <translation>줄 바꿈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the loaded log…</source>
        <translation>불러온 로그 검색…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only matching</source>
        <translation>일치하는 줄만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load older</source>
        <translation>이전 내용 불러오기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Since</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 10m, 2h, 2026-11-22T10:00</source>
        <translation>예: 10m, 2h, 2026-11-22T10:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: now</source>
        <translation>비어 있음: 지금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show range</source>
        <translation>범위 보기</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Loading the tail…</source>
        <translation>끝부분 불러오는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logs of {0}</source>
        <translation>{0}의 로그</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading older lines…</source>
        <translation>이전 줄 불러오는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older logs of {0}</source>
        <translation>{0}의 이전 로그</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the range…</source>
        <translation>범위 불러오는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logs of {0} in a range</source>
        <translation>{0}의 특정 범위 로그</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop following</source>
        <translation>따라가기 멈추기</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>일치하는 줄 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search the log</source>
        <translation>로그 검색</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+42"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Show the lines of the chosen services only</source>
        <translation>고른 서비스의 줄만 보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Services ({0} of {1})</source>
        <translation>서비스 ({1}개 중 {0}개)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the whole log</source>
        <translation>전체 로그 저장</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the log of {0}</source>
        <translation>{0}의 로그 저장</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n line(s)</source>
        <translation>
            <numerusform>%n줄 저장함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) loaded</source>
        <translation>
            <numerusform>%n줄 불러옴</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the start</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} oldest dropped to stay bounded</source>
        <translation>한도를 지키려고 가장 오래된 {0}개를 버렸습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>following</source>
        <translation>따라가는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container stopped — waiting for it to start</source>
        <translation>컨테이너가 중지됨 — 시작되기를 기다리는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>container removed</source>
        <translation>컨테이너가 삭제됨</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>following {0} of {1} containers</source>
        <translation>컨테이너 {1}개 중 {0}개 따라가는 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} stopped</source>
        <translation>{0}개 중지됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} removed</source>
        <translation>{0}개 삭제됨</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <location line="+22"/>
        <source>Logs — {0}</source>
        <translation>로그 — {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gui/registries/panel.py" line="+404"/>
        <source>Log in to {0}</source>
        <translation>{0}에 로그인</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or token</source>
        <translation>비밀번호 또는 토큰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker keeps the login in its credential store.</source>
        <translation>Docker가 로그인 정보를 자격 증명 저장소에 보관합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/app.py" line="+159"/>
        <location filename="../../gui/main_window.py" line="+187"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reconnect to Docker now</source>
        <translation>지금 Docker에 다시 연결</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>About EnvDock</source>
        <translation>EnvDock 정보</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The language changes when EnvDock starts again.</source>
        <translation>언어는 EnvDock을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;EnvDock {0}&lt;/b&gt;&lt;br&gt;Python environments, Docker and host resources in one window.</source>
        <translation>&lt;b&gt;EnvDock {0}&lt;/b&gt;&lt;br&gt;Python 환경, Docker, 호스트 자원을 한 창에서.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: Docker {1} connected</source>
        <translation>{0}: Docker {1} 연결됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: connecting…</source>
        <translation>{0}: 연결 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EnvDock — {0}</source>
        <translation>EnvDock — {0}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source> — TLS NOT verified</source>
        <translation> — TLS 검증 안 됨</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>작업 %n개 실행 중</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No jobs running</source>
        <translation>실행 중인 작업 없음</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../../gui/networks/panel.py" line="-245"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location line="+15"/>
        <source>Filter by name, subnet, container…</source>
        <translation>이름, 서브넷, 컨테이너로 거르기…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect container…</source>
        <translation>컨테이너 연결…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect container…</source>
        <translation>컨테이너 연결 끊기…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n network(s)</source>
        <translation>
            <numerusform>네트워크 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create network {0}</source>
        <translation>네트워크 {0} 만들기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove networks</source>
        <translation>네트워크 삭제</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n network(s)?</source>
        <translation>
            <numerusform>네트워크 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Remove %n network(s)</source>
        <translation>
            <numerusform>네트워크 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No other container to connect.</source>
        <translation>연결할 다른 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to {0}</source>
        <translation>{0}에 연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Container:</source>
        <translation>컨테이너:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Connect {0} to {1}</source>
        <translation>{0}을(를) {1}에 연결</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnect from {0}</source>
        <translation>{0}에서 연결 끊기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disconnect {0} from {1}</source>
        <translation>{0}을(를) {1}에서 연결 끊기</translation>
    </message>
</context>
<context>
    <name>NodeLabelsDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="+92"/>
        <source>Labels of node {name}</source>
        <translation>노드 {name}의 레이블</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Services place their tasks by them, e.g. node.labels.zone==a.</source>
        <translation>서비스는 이 레이블로 태스크를 배치합니다. 예: node.labels.zone==a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{key!r} is not a label name</source>
        <translation>{key!r}은(는) 레이블 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label name is not empty and has no &apos;=&apos; or spaces.</source>
        <translation>레이블 이름은 비어 있지 않아야 하고 &apos;=&apos;나 공백이 없어야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label {key} is there twice</source>
        <translation>레이블 {key}이(가) 두 번 있습니다</translation>
    </message>
</context>
<context>
    <name>NotificationBanner</name>
    <message>
        <location filename="../../gui/widgets/notifications.py" line="+81"/>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>NotificationButton</name>
    <message>
        <location line="+56"/>
        <source>Notifications: {0}</source>
        <translation>알림: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new notifications</source>
        <translation>새 알림 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to report</source>
        <translation>보고할 것 없음</translation>
    </message>
</context>
<context>
    <name>PackagesModel</name>
    <message>
        <location filename="../../gui/environments/models.py" line="+11"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installer</source>
        <translation>설치 도구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Requires: {0}</source>
        <translation>의존: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dependency</source>
        <translation>의존성</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>editable: {0}</source>
        <translation>편집 가능: {0}</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../gui/registry.py" line="+42"/>
        <source>Environments</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compose</source>
        <translation>Compose</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Swarm</source>
        <translation>스웜</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registries</source>
        <translation>레지스트리</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk use</source>
        <translation>디스크 사용량</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
</context>
<context>
    <name>ParityDialog</name>
    <message>
        <location filename="../../gui/bridge/parity_dialog.py" line="+72"/>
        <source>Compare {0} with an environment</source>
        <translation>{0}을(를) 환경과 비교</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment:</source>
        <translation>환경:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding environments…</source>
        <translation>환경을 찾는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the difference as requirements…</source>
        <translation>차이를 요구 사항으로 내보내기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild the image from the environment…</source>
        <translation>환경으로 이미지 다시 빌드…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an environment from it…</source>
        <translation>이것으로 환경 만들기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find environments</source>
        <translation>환경 찾기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} — {1}, Python {2}</source>
        <translation>{0} — {1}, Python {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the environment the container should match, then Compare.</source>
        <translation>컨테이너가 맞춰야 할 환경을 고른 뒤 비교를 누르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No environment found.</source>
        <translation>환경을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the packages of both…</source>
        <translation>양쪽의 패키지를 읽는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare {0} with {1}</source>
        <translation>{0}을(를) {1}와(과) 비교</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing in the container</source>
        <translation>컨테이너에 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing in the environment</source>
        <translation>환경에 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>different version</source>
        <translation>다른 버전</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Same packages: {0} in both (Python {1} here, {2} there).</source>
        <translation>같은 패키지: 양쪽에 {0}개(여기 Python {1}, 저쪽 {2}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} missing in the container, {1} missing in the environment, {2} with another version (Python {3} here, {4} there).</source>
        <translation>컨테이너에 없음 {0}개, 환경에 없음 {1}개, 버전 다름 {2}개(여기 Python {3}, 저쪽 {4}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the difference</source>
        <translation>차이 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirements (*.txt);;All files (*)</source>
        <translation>요구 사항 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save {0}: {1}</source>
        <translation>{0}을(를) 저장할 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {0}</source>
        <translation>{0}에 저장함</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where to create the new environment</source>
        <translation>새 환경을 만들 위치</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create {0} from {1}</source>
        <translation>{1}(으)로 {0} 만들기</translation>
    </message>
</context>
<context>
    <name>ProcessesModel</name>
    <message>
        <location filename="../../gui/host/processes_model.py" line="+23"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threads</source>
        <translation>스레드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line</source>
        <translation>명령줄</translation>
    </message>
</context>
<context>
    <name>ProcessesView</name>
    <message>
        <location filename="../../gui/host/processes.py" line="+49"/>
        <source>Filter by name, user, command, container…</source>
        <translation>이름, 사용자, 명령, 컨테이너로 거르기…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree</source>
        <translation>트리</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate…</source>
        <translation>종료…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kill…</source>
        <translation>강제 종료…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n process(es)</source>
        <translation>
            <numerusform>프로세스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {0} in containers</source>
        <translation>, 컨테이너 안 {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kill</source>
        <translation>강제 종료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terminate</source>
        <translation>종료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} process {1} ({2})?
{3}</source>
        <translation>프로세스 {1}({2})을(를) {0}할까요?
{3}</translation>
    </message>
</context>
<context>
    <name>Prune</name>
    <message>
        <location filename="../../gui/widgets/prune_dialog.py" line="+21"/>
        <source>stopped containers</source>
        <translation>중지된 컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused images</source>
        <translation>사용하지 않는 이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused volumes</source>
        <translation>사용하지 않는 볼륨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build cache entries</source>
        <translation>빌드 캐시 항목</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location line="+12"/>
        <source>Prune {0}</source>
        <translation>{0} 정리</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>These %n item(s) will be removed</source>
        <translation>
            <numerusform>항목 %n개가 삭제됩니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (about {0}):</source>
        <translation> (약 {0}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to prune: no {0}.</source>
        <translation>정리할 것이 없습니다: {0} 없음.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prune</source>
        <translation>정리</translation>
    </message>
</context>
<context>
    <name>RegistriesPanel</name>
    <message>
        <location filename="../../gui/registries/panel.py" line="-355"/>
        <source>&lt;b&gt;Registries&lt;/b&gt;</source>
        <translation>&lt;b&gt;레지스트리&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget</source>
        <translation>잊기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log in…</source>
        <translation>로그인…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logins are Docker&apos;s own (docker login): EnvDock passes the password to Docker through a pipe and never stores it.</source>
        <translation>로그인은 Docker 자체의 것(docker login)입니다. EnvDock은 비밀번호를 파이프로 Docker에 넘길 뿐 저장하지 않습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull</source>
        <translation>받기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete tag…</source>
        <translation>태그 삭제…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy reference</source>
        <translation>참조 복사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter repositories…</source>
        <translation>저장소 거르기…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick or add a registry.</source>
        <translation>레지스트리를 고르거나 추가하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repository / tag</source>
        <translation>저장소 / 태그</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a tag to see its manifest.</source>
        <translation>태그를 고르면 매니페스트가 보입니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Registries</source>
        <translation>레지스트리</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>logged in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add registry</source>
        <translation>레지스트리 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (host:port, or http://host:port):</source>
        <translation>주소(host:port 또는 http://host:port):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Log in to {0}</source>
        <translation>{0}에 로그인</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log out of {0}</source>
        <translation>{0}에서 로그아웃</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry catalog</source>
        <translation>레지스트리 카탈로그</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>{0}: %n repository(ies)</source>
        <translation>
            <numerusform>{0}: 저장소 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+77"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Manifest</source>
        <translation>매니페스트</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Digest: {0}</source>
        <translation>다이제스트: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media type: {0}</source>
        <translation>미디어 유형: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: {0}</source>
        <translation>크기: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platforms: {0}</source>
        <translation>플랫폼: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform: {0}/{1}</source>
        <translation>플랫폼: {0}/{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: {0}</source>
        <translation>생성: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Layers (%n):</source>
        <translation>
            <numerusform>레이어(%n개):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete {0} from {1}?</source>
        <translation>{1}에서 {0}을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These tags point at the same image and go with it: {0}</source>
        <translation>다음 태그는 같은 이미지를 가리키므로 함께 삭제됩니다: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete {0}</source>
        <translation>{0} 삭제</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../../gui/containers/run_dialog.py" line="+69"/>
        <source>Run a container</source>
        <translation>컨테이너 실행</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. httpd -f -p 80</source>
        <translation>선택, 예: httpd -f -p 80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line: 8080:80 or 127.0.0.1:8080:80/tcp</source>
        <translation>한 줄에 하나: 8080:80 또는 127.0.0.1:8080:80/tcp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one per line: NAME:/path or /host/path:/path[:ro]</source>
        <translation>한 줄에 하나: NAME:/path 또는 /host/path:/path[:ro]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line: KEY=value</source>
        <translation>한 줄에 하나: KEY=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional .env file</source>
        <translation>선택: .env 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+73"/>
        <source>Env file</source>
        <translation>env 파일</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>one per line: key=value</source>
        <translation>한 줄에 하나: key=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPUs, e.g. 1.5</source>
        <translation>CPU 수, 예: 1.5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory, e.g. 512m</source>
        <translation>메모리, 예: 512m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove when it exits (--rm)</source>
        <translation>종료되면 삭제(--rm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactive (-i)</source>
        <translation>대화형(-i)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTY (-t)</source>
        <translation>TTY(-t)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (unchecked: only create)</source>
        <translation>시작하기(해제하면 만들기만 함)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Equivalent command line:</source>
        <translation>같은 일을 하는 명령줄:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Save as compose service…</source>
        <translation>compose 서비스로 저장…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Running…</source>
        <translation>실행하는 중…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save as compose service (an existing file gets it added)</source>
        <translation>compose 서비스로 저장 (기존 파일에는 추가됨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved as {0} in {1}</source>
        <translation>{1}에 {0}(으)로 저장했습니다</translation>
    </message>
</context>
<context>
    <name>SearchSettingsDialog</name>
    <message>
        <location filename="../../gui/environments/search_dialog.py" line="+27"/>
        <source>Where to look for environments</source>
        <translation>환경을 찾아볼 곳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan my home folder</source>
        <translation>내 홈 폴더 찾아보기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finds project environments (.venv, venv, uv, poetry in-project…) up to 4 folders deep, without following links. Hidden folders, node_modules, caches and site-packages are skipped.</source>
        <translation>프로젝트 환경(.venv, venv, uv, 프로젝트 안의 poetry…)을 4단계 깊이까지 찾습니다. 링크는 따라가지 않습니다. 숨김 폴더, node_modules, 캐시, site-packages는 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also scan these folders (4 levels deep):</source>
        <translation>이 폴더들도 찾아보기 (4단계 깊이):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>목록에서 빼기</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Folder to scan for environments</source>
        <translation>환경을 찾아볼 폴더</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../gui/swarm/service_dialog.py" line="+96"/>
        <source>{text!r} has a quote that is not closed</source>
        <translation>{text!r}에 닫히지 않은 따옴표가 있습니다</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>all at once</source>
        <translation>한꺼번에</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallelism</source>
        <translation>동시 교체 수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>between batches, e.g. 10s (empty: none)</source>
        <translation>묶음 사이 대기, 예: 10s (비우면 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay</source>
        <translation>지연</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On failure</source>
        <translation>실패 시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Create a service</source>
        <translation>서비스 만들기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Equivalent command line:</source>
        <translation>같은 일을 하는 명령줄:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+513"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: replaces the image&apos;s entrypoint</source>
        <translation>선택: 이미지의 entrypoint를 바꿉니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrypoint</source>
        <translation>엔트리포인트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: replaces its command, e.g. httpd -f -p 80</source>
        <translation>선택: 이미지의 명령을 바꿉니다. 예: httpd -f -p 80</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arguments</source>
        <translation>인자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line: KEY=value</source>
        <translation>한 줄에 하나: KEY=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replicated</source>
        <translation>replicated (레플리카 수 지정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>global (one task on every node)</source>
        <translation>global (모든 노드에 태스크 하나씩)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replicas</source>
        <translation>레플리카</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>vip (one virtual IP, balanced across the tasks)</source>
        <translation>vip (가상 IP 하나, 태스크들에 분산)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dnsrr (DNS round robin over the tasks&apos; addresses)</source>
        <translation>dnsrr (태스크 주소들에 DNS 라운드 로빈)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint mode</source>
        <translation>엔드포인트 모드</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Max attempts</source>
        <translation>최대 시도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>재시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 30s (empty: the engine&apos;s 10s)</source>
        <translation>예: 30s (비우면 엔진 기본값 10s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop grace period</source>
        <translation>정지 유예 시간</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. /app</source>
        <translation>선택, 예: /app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory</source>
        <translation>작업 디렉터리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. 1000:1000</source>
        <translation>선택, 예: 1000:1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Target (in the task)</source>
        <translation>대상 (태스크 안)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Published</source>
        <translation>공개 포트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingress publishing and virtual IPs need IPVS in the engine&apos;s kernel; host mode with dnsrr works without it.</source>
        <translation>ingress 공개와 가상 IP에는 엔진 커널의 IPVS가 필요합니다. host 모드와 dnsrr 조합은 IPVS 없이도 동작합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ingress: the port is open on every node and balanced across the tasks. Host: only on the nodes that run a task, straight to that task. An empty published port: the engine picks one (ingress) or none (host).</source>
        <translation>ingress: 모든 노드에서 포트가 열리고 태스크들에 분산됩니다. host: 태스크가 도는 노드에서만 열리고 그 태스크로 바로 갑니다. 공개 포트를 비우면 엔진이 하나 고르거나(ingress) 공개하지 않습니다(host).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>volume: a named volume on each node (created there when missing); bind: a path that must exist on every node the task may run on; tmpfs: memory.</source>
        <translation>volume: 각 노드의 이름 있는 볼륨(없으면 그 노드에 만들어짐), bind: 태스크가 돌 수 있는 모든 노드에 있어야 하는 경로, tmpfs: 메모리.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the overlay networks the tasks join (none: the ingress only).</source>
        <translation>태스크가 참여할 overlay 네트워크를 선택하세요 (없으면 ingress만).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no overlay network: create one with the overlay driver to let services reach each other by name.</source>
        <translation>overlay 네트워크가 없습니다. 서비스끼리 이름으로 닿게 하려면 overlay 드라이버로 하나 만드세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placement</source>
        <translation>배치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line, e.g. node.role==worker or node.labels.zone!=a</source>
        <translation>한 줄에 하나, 예: node.role==worker 또는 node.labels.zone!=a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Constraints</source>
        <translation>제약 조건</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line, e.g. node.labels.zone</source>
        <translation>한 줄에 하나, 예: node.labels.zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread over</source>
        <translation>고르게 분산</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks run only on nodes that meet every constraint; a task no node meets stays pending. Preferences spread the tasks evenly over a node label&apos;s values.</source>
        <translation>태스크는 모든 제약 조건을 만족하는 노드에서만 돕니다. 만족하는 노드가 없으면 pending 상태로 남습니다. 분산 선호는 노드 레이블 값마다 태스크를 고르게 나눕니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollback</source>
        <translation>롤백</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update &amp;&amp; rollback</source>
        <translation>업데이트와 롤백</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A task is placed only on a node with its reservations free; limits cap what it may use.</source>
        <translation>태스크는 예약한 만큼 비어 있는 노드에만 배치됩니다. 제한은 쓸 수 있는 양의 상한입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets &amp;&amp; configs</source>
        <translation>시크릿과 컨피그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Target (optional)</source>
        <translation>대상 (선택)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Secrets (files under /run/secrets, or the path given):</source>
        <translation>시크릿 (/run/secrets 아래 파일, 또는 지정한 경로):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No secrets in the swarm yet.</source>
        <translation>스웜에 아직 시크릿이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config</source>
        <translation>컨피그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configs (files at /NAME, or the absolute path given):</source>
        <translation>컨피그 (/NAME 파일, 또는 지정한 절대 경로):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No configs in the swarm yet.</source>
        <translation>스웜에 아직 컨피그가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>one per line: key=value</source>
        <translation>한 줄에 하나: key=value</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Service labels</source>
        <translation>서비스 레이블</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container labels</source>
        <translation>컨테이너 레이블</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A global service runs one task on every node</source>
        <translation>global 서비스는 모든 노드에서 태스크를 하나씩 실행합니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Row {row}: {text!r} is not a port number</source>
        <translation>{row}번째 줄: {text!r}은(는) 포트 번호가 아닙니다</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Creating…</source>
        <translation>만드는 중…</translation>
    </message>
</context>
<context>
    <name>StackDeployDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="+213"/>
        <source>Deploy a stack</source>
        <translation>스택 배포</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>letters, digits, - and _</source>
        <translation>영문자, 숫자, - 와 _</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack name</source>
        <translation>스택 이름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit file…</source>
        <translation>파일 편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it in the compose editor (checked as you type)</source>
        <translation>compose 편집기에서 열기 (입력하는 대로 검사)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Compose file</source>
        <translation>Compose 파일</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Deploying again updates the stack. The swarm ignores some compose options (build, container_name, …): they are listed once it is deployed.</source>
        <translation>다시 배포하면 스택이 업데이트됩니다. 스웜은 일부 compose 옵션(build, container_name 등)을 무시하며, 배포 후 그 목록을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs:</source>
        <translation>실행할 명령:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploy</source>
        <translation>배포</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compose files (*.yaml *.yml);;All files (*)</source>
        <translation>Compose 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no compose file {path}</source>
        <translation>compose 파일 {path}이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>SwarmBase</name>
    <message>
        <location filename="../../gui/swarm/panel.py" line="+84"/>
        <location line="+84"/>
        <source>Reading the swarm…</source>
        <translation>스웜을 읽는 중…</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>서비스:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stacks</source>
        <translation>스택</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configs</source>
        <translation>구성(config)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Swarm manager {0}: {1} node(s), {2} manager(s)</source>
        <translation>스웜 매니저 {0}: 노드 {1}개, 매니저 {2}개</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none known)</source>
        <translation>(알려진 매니저 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This engine is a worker in a swarm: nodes and services are read and changed on a manager ({0}). Add a manager&apos;s engine (Engines…) and switch to it.</source>
        <translation>이 엔진은 스웜의 워커입니다. 노드와 서비스는 매니저({0})에서 읽고 바꿉니다. 매니저의 엔진을 추가(엔진…)하고 그 엔진으로 바꾸세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The swarm is in error: {0}</source>
        <translation>스웜에 오류가 있습니다: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This engine is not in a swarm. Create one here (Initialise…) or join another.</source>
        <translation>이 엔진은 스웜에 속해 있지 않습니다. 여기서 새로 만들거나(초기화…) 다른 스웜에 참여하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read the engine&apos;s kernel</source>
        <translation>엔진의 커널 읽기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Update: {0}</source>
        <translation>업데이트: {0}</translation>
    </message>
</context>
<context>
    <name>SwarmFeed</name>
    <message>
        <location filename="../../gui/swarm/feed.py" line="+77"/>
        <source>Read the swarm</source>
        <translation>스웜 읽기</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Read the tasks</source>
        <translation>태스크 읽기</translation>
    </message>
</context>
<context>
    <name>SwarmForm</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="-934"/>
        <source>{text!r} is not a duration</source>
        <translation>{text!r}은(는) 시간 길이가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e.g. 10s, 1m30s or 500ms (plain numbers are seconds).</source>
        <translation>예: 10s, 1m30s, 500ms (단위 없는 숫자는 초)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{text!r} is not a number of CPUs</source>
        <translation>{text!r}은(는) CPU 개수가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write e.g. 0.5 or 2.</source>
        <translation>예: 0.5 또는 2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line {n}: </source>
        <translation>{n}번째 줄: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>CPU limit</source>
        <translation>CPU 제한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs, e.g. 1.5 (empty: no limit)</source>
        <translation>CPU 개수, 예: 1.5 (비우면 제한 없음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory limit</source>
        <translation>메모리 제한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 512m or 1g (empty: no limit)</source>
        <translation>예: 512m 또는 1g (비우면 제한 없음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU reservation</source>
        <translation>CPU 예약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs a node must have free</source>
        <translation>노드에 비어 있어야 하는 CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory reservation</source>
        <translation>메모리 예약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory a node must have free</source>
        <translation>노드에 비어 있어야 하는 메모리</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
</context>
<context>
    <name>SwarmNodesModel</name>
    <message>
        <location filename="../../gui/swarm/models.py" line="+27"/>
        <source>Hostname</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs</source>
        <translation>CPU 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
</context>
<context>
    <name>SwarmObjectDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="+504"/>
        <source>Create a secret</source>
        <translation>시크릿 만들기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a config</source>
        <translation>컨피그 만들기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. db_password</source>
        <translation>예: db_password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. nginx.conf</source>
        <translation>예: nginx.conf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a file</source>
        <translation>파일에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file of at most 500 KB</source>
        <translation>500 KB 이하의 파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the secret&apos;s value</source>
        <translation>시크릿 값</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the config&apos;s content</source>
        <translation>컨피그 내용</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one per line: key=value</source>
        <translation>한 줄에 하나: key=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The value is sent to the engine and not kept by EnvDock; it cannot be shown again.</source>
        <translation>값은 엔진으로 보내지고 EnvDock은 보관하지 않습니다. 다시 볼 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the file</source>
        <translation>파일 고르기</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no file {path}</source>
        <translation>파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than the engine takes (500 KB)</source>
        <translation>파일이 엔진이 받는 크기(500 KB)보다 큽니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>SwarmObjectsModel</name>
    <message>
        <location filename="../../gui/swarm/models.py" line="+82"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>바뀐 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
</context>
<context>
    <name>SwarmPanel</name>
    <message>
        <location filename="../../gui/swarm/actions.py" line="+35"/>
        <source>Initialise…</source>
        <translation>초기화…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join…</source>
        <translation>참여…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join tokens…</source>
        <translation>참여 토큰…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave…</source>
        <translation>떠나기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engines…</source>
        <translation>엔진…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drain</source>
        <translation>비우기(drain)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promote</source>
        <translation>매니저로 승격</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demote</source>
        <translation>워커로 강등</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels…</source>
        <translation>레이블…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Remove…</source>
        <translation>지우기…</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+16"/>
        <location line="+310"/>
        <source>Inspect</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+26"/>
        <location line="+7"/>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Scale…</source>
        <translation>개수 조정…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update…</source>
        <translation>업데이트…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deploy…</source>
        <translation>배포…</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Change labels of {0}</source>
        <translation>{0}의 레이블 바꾸기</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Remove nodes</source>
        <translation>노드 지우기</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove {0} from the swarm?</source>
        <translation>스웜에서 {0}을(를) 지울까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <location line="+84"/>
        <location line="+31"/>
        <location line="+1"/>
        <source>Remove</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Only a node that is down can be removed; its tasks were moved.</source>
        <translation>꺼진 노드만 지울 수 있습니다. 그 노드의 태스크는 이미 옮겨졌습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Create service {0}</source>
        <translation>서비스 {0} 만들기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read networks and images</source>
        <translation>네트워크와 이미지 읽기</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Scale</source>
        <translation>개수 조정</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{0} is a global service: it runs one task on every node and cannot be scaled.</source>
        <translation>{0}은(는) 글로벌 서비스입니다. 모든 노드에서 태스크를 하나씩 실행하므로 개수를 조정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks of {0}:</source>
        <translation>{0}의 태스크 수:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scale a service to {0}</source>
        <translation>서비스를 {0}개로 조정</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Update service {0}</source>
        <translation>서비스 {0} 업데이트</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read a service</source>
        <translation>서비스 읽기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roll back a service</source>
        <translation>서비스 되돌리기</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Remove services</source>
        <translation>서비스 지우기</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove {0}? Their tasks stop on every node.</source>
        <translation>{0}을(를) 지울까요? 모든 노드에서 그 태스크가 멈춥니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Inspect {0}</source>
        <translation>{0} 자세히 보기</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deploy stack {0}</source>
        <translation>스택 {0} 배포</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stack deployed</source>
        <translation>스택 배포됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack {0} deployed. The swarm ignores these options of the file: {1}</source>
        <translation>스택 {0}을(를) 배포했습니다. 스웜은 파일의 다음 옵션을 무시합니다: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove stack</source>
        <translation>스택 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stack {0}: its services ({1}), networks, configs and secrets?</source>
        <translation>스택 {0}과(와) 그 서비스({1}), 네트워크, 구성, 시크릿을 지울까요?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove stack {0}</source>
        <translation>스택 {0} 지우기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create secret {0}</source>
        <translation>시크릿 {0} 만들기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create config {0}</source>
        <translation>구성 {0} 만들기</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove secrets</source>
        <translation>시크릿 지우기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove configs</source>
        <translation>구성 지우기</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Remove {0}?</source>
        <translation>{0}을(를) 지울까요?</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Drain nodes</source>
        <translation>노드 비우기(drain)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause nodes</source>
        <translation>노드 일시 중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate nodes</source>
        <translation>노드 활성화</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Promote nodes</source>
        <translation>노드를 매니저로 승격</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demote nodes</source>
        <translation>노드를 워커로 강등</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Initialise a swarm</source>
        <translation>스웜 초기화</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Join a swarm</source>
        <translation>스웜에 참여</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read the join tokens</source>
        <translation>참여 토큰 읽기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This engine is one of {0} managers. Demote it first (Nodes ▸ Demote), then make it leave as a worker.</source>
        <translation>이 엔진은 매니저 {0}개 중 하나입니다. 먼저 강등한 뒤(노드 ▸ 워커로 강등) 워커로서 떠나게 하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What leaving loses</source>
        <translation>떠나면 잃는 것</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its tasks move to the other nodes.</source>
        <translation>이 노드의 태스크는 다른 노드로 옮겨집니다.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Leave the swarm</source>
        <translation>스웜 떠나기</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Make this engine leave its swarm?</source>
        <translation>이 엔진이 스웜을 떠나게 할까요?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave</source>
        <translation>떠나기</translation>
    </message>
</context>
<context>
    <name>SwarmServicesModel</name>
    <message>
        <location filename="../../gui/swarm/models.py" line="-82"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas</source>
        <translation>복제본</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stack</source>
        <translation>스택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>바뀐 시각</translation>
    </message>
</context>
<context>
    <name>SwarmStacksModel</name>
    <message>
        <location line="+52"/>
        <source>Stack</source>
        <translation>스택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>서비스 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>서비스 이름</translation>
    </message>
</context>
<context>
    <name>SwarmTasksModel</name>
    <message>
        <location line="-52"/>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired state</source>
        <translation>원하는 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current state</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
</context>
<context>
    <name>TerminalWidget</name>
    <message>
        <location filename="../../gui/containers/terminal.py" line="+149"/>
        <source>Open terminal</source>
        <translation>터미널 열기</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resize terminal</source>
        <translation>터미널 크기 바꾸기</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Close terminal</source>
        <translation>터미널 닫기</translation>
    </message>
</context>
<context>
    <name>TerminalWindow</name>
    <message>
        <location line="+26"/>
        <source>Terminal — {0}</source>
        <translation>터미널 — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>default user</source>
        <translation>기본 사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default folder</source>
        <translation>기본 폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working folder</source>
        <translation>작업 폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open terminal</source>
        <translation>터미널 열기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not connected to a Docker engine.</source>
        <translation>Docker 엔진에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (ended)</source>
        <translation> (종료됨)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The container is not running: start it, then open a terminal again.</source>
        <translation>컨테이너가 실행 중이 아닙니다. 시작한 뒤 터미널을 다시 여세요.</translation>
    </message>
</context>
<context>
    <name>TokensDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="-257"/>
        <source>Join tokens</source>
        <translation>참여 토큰</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run one of these on the engine that joins the swarm:</source>
        <translation>스웜에 참여할 엔진에서 다음 중 하나를 실행하세요:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As a worker</source>
        <translation>워커로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As a manager</source>
        <translation>매니저로</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+38"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the command with its token</source>
        <translation>토큰이 들어간 명령 복사</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whoever holds the manager token can join as a manager and control the whole swarm: give it only to the machines that should manage it.</source>
        <translation>매니저 토큰을 가진 사람은 누구나 매니저로 참여해 스웜 전체를 제어할 수 있습니다. 스웜을 관리할 머신에만 주세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../gui/images/transfer_dialog.py" line="+60"/>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태 정보</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>진행</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel transfer</source>
        <translation>전송 취소</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>취소 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>{0} of {1}, %n layer(s)</source>
        <translation>
            <numerusform>{1} 중 {0}, 레이어 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>레이어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No layer had to be transferred.</source>
        <translation>전송해야 할 레이어가 없었습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Up to date: {0} was already here.</source>
        <translation>최신 상태: {0}은(는) 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {0}</source>
        <translation>완료: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was tagged.</source>
        <translation>취소했습니다. 태그된 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>UpDialog</name>
    <message>
        <location filename="../../gui/compose/dialogs.py" line="-88"/>
        <location line="+38"/>
        <source>Up</source>
        <translation>실행(up)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Build images before starting (--build)</source>
        <translation>시작하기 전에 이미지 빌드(--build)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recreate containers even if unchanged (--force-recreate)</source>
        <translation>바뀌지 않았어도 컨테이너 다시 만들기(--force-recreate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove containers of services no longer in the file (--remove-orphans)</source>
        <translation>파일에 더 이상 없는 서비스의 컨테이너 지우기(--remove-orphans)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As compose decides</source>
        <translation>compose가 정하는 대로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When missing</source>
        <translation>없을 때만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pull images:</source>
        <translation>이미지 가져오기:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Services (none: all):</source>
        <translation>서비스(고르지 않으면 전부):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs:</source>
        <translation>실행할 명령:</translation>
    </message>
</context>
<context>
    <name>UpdateServiceDialog</name>
    <message>
        <location filename="../../gui/swarm/dialogs.py" line="-340"/>
        <source>Update service {name}</source>
        <translation>서비스 {name} 업데이트</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one per line: KEY=value</source>
        <translation>한 줄에 하나: KEY=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show values</source>
        <translation>값 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values of names such as PASSWORD, TOKEN or KEY are masked until shown</source>
        <translation>PASSWORD, TOKEN, KEY 같은 이름의 값은 보기를 켜기 전까지 가려집니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>all at once</source>
        <translation>한꺼번에</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many tasks are replaced at a time</source>
        <translation>한 번에 교체할 태스크 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update parallelism</source>
        <translation>업데이트 동시 교체 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force (replace tasks even if unchanged)</source>
        <translation>강제 (바뀐 것이 없어도 태스크 교체)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A service needs an image</source>
        <translation>서비스에는 이미지가 필요합니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing changed: change a value or tick Force to replace the tasks.</source>
        <translation>바뀐 것이 없습니다. 값을 바꾸거나, 태스크를 교체하려면 강제를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>VolumeBrowserDialog</name>
    <message>
        <location filename="../../gui/volumes/panel.py" line="+19"/>
        <source>Volume {0} (read-only)</source>
        <translation>볼륨 {0}(읽기 전용)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified</source>
        <translation>수정 시각</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a file to see its start here.</source>
        <translation>파일을 두 번 클릭하면 앞부분이 여기에 보입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse volume</source>
        <translation>볼륨 둘러보기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0}: binary file</source>
        <translation>{0}: 바이너리 파일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[… only the first {0} shown]</source>
        <translation>[… 처음 {0}개만 표시]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close volume</source>
        <translation>볼륨 닫기</translation>
    </message>
</context>
<context>
    <name>VolumesModel</name>
    <message>
        <location line="-342"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>사용처</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unused</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mountpoint</source>
        <translation>마운트 지점</translation>
    </message>
</context>
<context>
    <name>VolumesPanel</name>
    <message>
        <location line="+18"/>
        <source>Filter by name, container…</source>
        <translation>이름, 컨테이너로 거르기…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse files</source>
        <translation>파일 둘러보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute sizes</source>
        <translation>크기 계산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prune unused…</source>
        <translation>사용하지 않는 것 정리…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n volume(s)</source>
        <translation>
            <numerusform>볼륨 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, {0} unused</source>
        <translation>, 사용 안 함 {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume sizes</source>
        <translation>볼륨 크기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create volume {0}</source>
        <translation>볼륨 {0} 만들기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volumes in use</source>
        <translation>사용 중인 볼륨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept: {0}
Remove the containers using them first.</source>
        <translation>남김: {0}
먼저 이를 쓰는 컨테이너를 삭제하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove volumes</source>
        <translation>볼륨 삭제</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n volume(s) and all their data?</source>
        <translation>
            <numerusform>볼륨 %n개와 그 안의 데이터를 모두 삭제할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Remove %n volume(s)</source>
        <translation>
            <numerusform>볼륨 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prune volumes</source>
        <translation>볼륨 정리</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prune preview</source>
        <translation>정리 미리 보기</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../core/cli/docker_cmd.py" line="+133"/>
        <source>--tail takes a number or &apos;all&apos;, not {tail!r}</source>
        <translation>--tail에는 숫자 또는 &apos;all&apos;을 주세요. {tail!r}은(는) 안 됩니다</translation>
    </message>
    <message>
        <location filename="../../core/cli/envs_cmd.py" line="+122"/>
        <source>{path} is not a Python environment</source>
        <translation>{path}은(는) Python 환경이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the folder that holds pyvenv.cfg or conda-meta/.</source>
        <translation>pyvenv.cfg나 conda-meta/가 있는 폴더를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/actions.py" line="+48"/>
        <source>Unknown action {0!r}</source>
        <translation>알 수 없는 동작 {0!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No container selected.</source>
        <translation>선택한 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more containers.</source>
        <translation>컨테이너를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown signal {0!r}</source>
        <translation>알 수 없는 시그널 {0!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of {SIGNALS}.</source>
        <translation>{SIGNALS} 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stop timeout cannot be negative.</source>
        <translation>중지 제한 시간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not connected to a Docker engine</source>
        <translation>Docker 엔진에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the connection, or check the status bar for why.</source>
        <translation>연결될 때까지 기다리거나, 상태 표시줄에서 이유를 확인하세요.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} failed for all {1} containers: {2}</source>
        <translation>컨테이너 {1}개 모두 {0}에 실패했습니다: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>See the operation&apos;s log in Activity for each container.</source>
        <translation>컨테이너별 작업 로그는 활동 패널에서 보세요.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0}: {1} done, {2} failed</source>
        <translation>{0}: {1}개 완료, {2}개 실패</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{new_name!r} is not a valid container name</source>
        <translation>{new_name!r}은(는) 올바른 컨테이너 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>글자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;를 쓰고 글자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/api_errors.py" line="+34"/>
        <source>{what}: the Docker engine did not answer</source>
        <translation>{what}: Docker 엔진이 응답하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/docker/connection.py" line="+316"/>
        <source>Check that the engine is running; EnvDock reconnects by itself.</source>
        <translation>엔진이 실행 중인지 확인하세요. EnvDock은 스스로 다시 연결합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/swarm/errors.py" line="+151"/>
        <source>{what}: {text}</source>
        <translation>{what}: {text}</translation>
    </message>
    <message>
        <location filename="../../core/docker/archive.py" line="+29"/>
        <source>No image to save.</source>
        <translation>저장할 이미지가 없습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one or more images.</source>
        <translation>이미지를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {0} does not exist</source>
        <translation>폴더 {0}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing folder.</source>
        <translation>있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write {dest}: {0}</source>
        <translation>{dest}에 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the free space and that the folder is writable.</source>
        <translation>여유 공간과 폴더에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{src} does not exist</source>
        <translation>{src}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .tar made by docker save.</source>
        <translation>docker save로 만든 .tar를 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a tar archive</source>
        <translation>{0}은(는) tar 아카이브가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file made by docker save (or EnvDock&apos;s Save).</source>
        <translation>docker save(또는 EnvDock의 저장)로 만든 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} could not be loaded: {1}</source>
        <translation>{0}을(를) 불러올 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Is it an image archive made by docker save?</source>
        <translation>docker save로 만든 이미지 아카이브가 맞나요?</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0} held no image</source>
        <translation>{0}에 이미지가 없었습니다</translation>
    </message>
    <message>
        <location filename="../../core/docker/batch.py" line="+50"/>
        <source>{0} of {1} {2}s were kept</source>
        <translation>{2} {1}개 중 {0}개는 남았습니다</translation>
    </message>
    <message>
        <location filename="../../core/docker/build.py" line="+88"/>
        <source>{item!r} is not a build argument</source>
        <translation>{item!r}은(는) 빌드 인자가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one NAME=value per line; names use letters, digits and _.</source>
        <translation>한 줄에 NAME=value 하나씩 쓰세요. 이름에는 글자, 숫자, _를 씁니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The build context {0} does not exist</source>
        <translation>빌드 컨텍스트 {0}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Choose the folder that holds the Dockerfile and the files it copies.</source>
        <translation>Dockerfile과 그것이 복사하는 파일이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The build context {0} is not a folder</source>
        <translation>빌드 컨텍스트 {0}이(가) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Dockerfile at {dockerfile}</source>
        <translation>{dockerfile}에 Dockerfile이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Dockerfile, or create one in the editor.</source>
        <translation>Dockerfile을 고르거나 편집기에서 새로 만드세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dockerfile line {0}: {1}</source>
        <translation>Dockerfile {0}번째 줄: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the line in the editor, then build again.</source>
        <translation>편집기에서 그 줄을 고친 뒤 다시 빌드하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Dockerfile has no stage named {0!r}</source>
        <translation>Dockerfile에 {0!r}(이)라는 단계가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages named with FROM … AS name: {names}.</source>
        <translation>FROM … AS 이름으로 이름 붙은 단계: {names}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>sending the build context: {0} of {1}</source>
        <translation>빌드 컨텍스트 보내는 중: {1} 중 {0}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The build ended without an image</source>
        <translation>이미지 없이 빌드가 끝났습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine stopped answering; check it and build again.</source>
        <translation>엔진이 응답하지 않습니다. 확인한 뒤 다시 빌드하세요.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The Dockerfile has a syntax error: {text}</source>
        <translation>Dockerfile에 구문 오류가 있습니다: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the line named in the editor, then build again.</source>
        <translation>편집기에서 표시된 줄을 고친 뒤 다시 빌드하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The base image cannot be found: {text}</source>
        <translation>기반 이미지를 찾을 수 없습니다: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the FROM line; pull the image first, or log in to its registry.</source>
        <translation>FROM 줄을 확인하세요. 이미지를 먼저 받거나 해당 레지스트리에 로그인하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step {0}/{1} failed: {2}</source>
        <translation>{1}단계 중 {0}단계 실패: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text}. The step&apos;s output is in the build log.</source>
        <translation>{text}. 단계의 출력은 빌드 로그에 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The build failed: {text}</source>
        <translation>빌드 실패: {text}</translation>
    </message>
    <message>
        <location filename="../../core/docker/dockerfile.py" line="+130"/>
        <source>Unknown instruction {0}</source>
        <translation>알 수 없는 명령어 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions are FROM, RUN, COPY, ADD, WORKDIR, ENV, ARG, EXPOSE, CMD, ENTRYPOINT, …</source>
        <translation>명령어는 FROM, RUN, COPY, ADD, WORKDIR, ENV, ARG, EXPOSE, CMD, ENTRYPOINT, … 입니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} needs arguments</source>
        <translation>{0}에는 인자가 필요합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FROM expects an image and optionally AS name</source>
        <translation>FROM에는 이미지와, 선택적으로 AS 이름이 와야 합니다</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The Dockerfile is empty</source>
        <translation>Dockerfile이 비어 있습니다</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Start with FROM image:tag.</source>
        <translation>FROM image:tag로 시작하세요.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The first instruction must be FROM (only ARG may come before it)</source>
        <translation>첫 명령어는 FROM이어야 합니다(앞에는 ARG만 올 수 있음)</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>{base} is not pinned to a version</source>
        <translation>{base}의 버전이 고정되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a tag (python:3.12-slim) so rebuilds give the same image.</source>
        <translation>태그를 지정하세요(python:3.12-slim). 그래야 다시 빌드해도 같은 이미지가 나옵니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>apt-get install without cleaning the package lists</source>
        <translation>패키지 목록을 지우지 않는 apt-get install</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the same RUN with &amp;&amp; rm -rf /var/lib/apt/lists/* to keep the layer small.</source>
        <translation>같은 RUN 끝에 &amp;&amp; rm -rf /var/lib/apt/lists/*를 붙여 레이어를 작게 유지하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>apt-get install without -y waits for an answer and fails the build</source>
        <translation>-y 없는 apt-get install은 응답을 기다리다 빌드가 실패합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use apt-get install -y --no-install-recommends …</source>
        <translation>apt-get install -y --no-install-recommends …를 쓰세요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>apt-get update alone in a RUN is cached and goes stale</source>
        <translation>RUN 안의 apt-get update 단독 사용은 캐시되어 낡게 됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run apt-get update &amp;&amp; apt-get install -y … in the same RUN.</source>
        <translation>같은 RUN 안에서 apt-get update &amp;&amp; apt-get install -y …를 실행하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>pip install keeps its download cache in the image</source>
        <translation>pip install이 다운로드 캐시를 이미지에 남깁니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --no-cache-dir.</source>
        <translation>--no-cache-dir을 붙이세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The requirements are installed after COPY . — every code change reinstalls them</source>
        <translation>COPY . 다음에 요구 사항을 설치합니다 — 코드가 바뀔 때마다 다시 설치됩니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>COPY requirements.txt first, install, then COPY the rest.</source>
        <translation>requirements.txt를 먼저 COPY하고 설치한 다음 나머지를 COPY하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ADD of a URL: no checksum, no cache control, the file stays in a layer</source>
        <translation>URL을 ADD: 체크섬도 캐시 제어도 없고 파일이 레이어에 남습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download with curl or wget in a RUN (and check a checksum), or COPY a file from the context.</source>
        <translation>RUN 안에서 curl이나 wget으로 내려받거나(체크섬도 확인), 컨텍스트의 파일을 COPY하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ADD of plain files: COPY says what it does</source>
        <translation>일반 파일을 ADD: COPY가 하는 일을 더 분명히 말해 줍니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use COPY unless you want ADD to unpack a tar archive.</source>
        <translation>tar 아카이브를 풀려는 것이 아니면 COPY를 쓰세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER는 더 이상 권장되지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use LABEL org.opencontainers.image.authors=&quot;…&quot;.</source>
        <translation>LABEL org.opencontainers.image.authors=&quot;…&quot;를 쓰세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WORKDIR with a relative path depends on the previous WORKDIR</source>
        <translation>상대 경로의 WORKDIR은 이전 WORKDIR에 따라 달라집니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an absolute path, e.g. WORKDIR /app.</source>
        <translation>절대 경로를 쓰세요. 예: WORKDIR /app.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>More than one {keyword} in this stage: only the last one counts</source>
        <translation>이 단계에 {keyword}가 둘 이상 있습니다: 마지막 것만 적용됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep one {keyword} (line {0} wins).</source>
        <translation>{keyword}는 하나만 두세요({0}번째 줄이 적용됨).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The build context is {more}{0} and has no .dockerignore</source>
        <translation>빌드 컨텍스트가 {more}{0}인데 .dockerignore가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All of it is sent to the engine on every build: add a .dockerignore (.git, .venv, __pycache__, data folders).</source>
        <translation>빌드할 때마다 전부 엔진으로 보내집니다. .dockerignore를 추가하세요(.git, .venv, __pycache__, 데이터 폴더).</translation>
    </message>
    <message>
        <location filename="../../core/docker/endpoint.py" line="+50"/>
        <source>DOCKER_HOST is not a valid address: {value!r} ({why})</source>
        <translation>DOCKER_HOST가 올바른 주소가 아닙니다: {value!r} ({why})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a form like unix:///var/run/docker.sock or tcp://host:2376, or unset DOCKER_HOST.</source>
        <translation>unix:///var/run/docker.sock 또는 tcp://host:2376 같은 형식을 쓰거나 DOCKER_HOST를 해제하세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/contexts.py" line="+117"/>
        <location line="+96"/>
        <source>Cannot read {0}</source>
        <translation>{0}을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The context has no Docker endpoint</source>
        <translation>이 컨텍스트에는 Docker 엔드포인트가 없습니다</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../../core/docker/engines.py" line="+101"/>
        <source>No engine named {0!r}</source>
        <translation>{0!r}이라는 엔진이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/docker/engines.py" line="+1"/>
        <source>Known engines: {0} (envdock engines list).</source>
        <translation>알려진 엔진: {0} (envdock engines list).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Docker context {name!r} cannot be used: {0}</source>
        <translation>Docker 컨텍스트 {name!r}을(를) 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run `docker context ls` to check it, or `docker context use default`.</source>
        <translation>`docker context ls`로 확인하거나 `docker context use default`를 실행하세요.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;default&quot; is the name of the engine without a context</source>
        <translation>&quot;default&quot;는 컨텍스트가 없는 엔진의 이름입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0!r} is not a valid context name</source>
        <translation>{0!r}은(는) 올바른 컨텍스트 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters, digits and . _ + - (starting with a letter or digit).</source>
        <translation>문자, 숫자와 . _ + -를 쓰세요 (문자나 숫자로 시작).</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+70"/>
        <source>A context named {0!r} exists already</source>
        <translation>{0!r}이라는 컨텍스트가 이미 있습니다</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Choose another name, or remove that context first.</source>
        <translation>다른 이름을 고르거나 그 컨텍스트를 먼저 지우세요.</translation>
    </message>
    <message>
        <location filename="../../core/compose/projects.py" line="+91"/>
        <source>{0!r} is not a valid compose project name</source>
        <translation>{0!r}은(는) 올바른 compose 프로젝트 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use lower-case letters, digits, _ and -, starting with a letter or digit.</source>
        <translation>소문자, 숫자, _ 와 - 를 쓰고, 소문자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No such file: {0}</source>
        <translation>파일이 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path, or choose the file again.</source>
        <translation>경로를 확인하거나 파일을 다시 선택하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/docker/contexts.py" line="+7"/>
        <source>{0} is not a file</source>
        <translation>{0}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a compose file (compose.yaml, docker-compose.yml).</source>
        <translation>compose 파일(compose.yaml, docker-compose.yml)을 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the file readable for your user (chmod u+r).</source>
        <translation>현재 사용자가 파일을 읽을 수 있게 하세요(chmod u+r).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No such file or folder: {0}</source>
        <translation>파일이나 폴더가 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a compose file (compose.yaml, docker-compose.yml) or its folder.</source>
        <translation>compose 파일(compose.yaml, docker-compose.yml)이나 그 파일이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} holds no compose file</source>
        <translation>{0}에 compose 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compose looks for {0}. Choose the file itself.</source>
        <translation>Compose는 {0} 파일을 찾습니다. 파일을 직접 선택하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No project name can be made from the folder {0}</source>
        <translation>폴더 {0}의 이름으로는 프로젝트 이름을 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the project a name (lower-case letters and digits).</source>
        <translation>프로젝트 이름을 지정하세요(소문자와 숫자).</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>running {0}/{1}</source>
        <translation>실행 중 {0}/{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly running {0}/{1}</source>
        <translation>일부 실행 중 {0}/{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created, not started</source>
        <translation>생성됨, 시작 안 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not created</source>
        <translation>생성되지 않음</translation>
    </message>
    <message>
        <location filename="../../core/docker/contexts.py" line="+1"/>
        <source>Choose the certificate files the engine&apos;s owner gave you.</source>
        <translation>엔진 관리자가 준 인증서 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client certificate needs its key, and a key its certificate</source>
        <translation>클라이언트 인증서에는 키가, 키에는 인증서가 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give both files, or neither.</source>
        <translation>두 파일을 모두 지정하거나 둘 다 비우세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS files go with a tcp:// engine, not {0}</source>
        <translation>TLS 파일은 tcp:// 엔진에만 씁니다 ({0}에는 쓰지 않습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh and unix sockets are protected by other means.</source>
        <translation>ssh와 unix 소켓은 다른 방법으로 보호됩니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <location line="+23"/>
        <source>No context named {0!r}</source>
        <translation>{0!r}이라는 컨텍스트가 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/docker/exec_session.py" line="+65"/>
        <source>Choose a command to run, e.g. /bin/sh.</source>
        <translation>실행할 명령을 고르세요. 예: /bin/sh.</translation>
    </message>
    <message>
        <location filename="../../core/docker/image_ops.py" line="+29"/>
        <source>The reference is empty.</source>
        <translation>참조가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write repository[:tag], e.g. app:1.0.</source>
        <translation>repository[:tag] 형식으로 쓰세요. 예: app:1.0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{ref!r} has an empty tag</source>
        <translation>{ref!r}의 태그가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write app:1.0 or leave out &apos;:&apos;.</source>
        <translation>app:1.0으로 쓰거나 &apos;:&apos;를 빼세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{ref!r} is not a valid image reference</source>
        <translation>{ref!r}은(는) 올바른 이미지 참조가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository names are lower case: letters, digits and . _ - separators.</source>
        <translation>저장소 이름은 소문자입니다: 글자, 숫자와 . _ - 구분자.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{tag!r} is not a valid tag</source>
        <translation>{tag!r}은(는) 올바른 태그가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags use letters, digits, _ . and -, up to 128 characters.</source>
        <translation>태그에는 글자, 숫자, _ . -를 128자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{ref} is not a tag of a local image</source>
        <translation>{ref}은(는) 로컬 이미지의 태그가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the image&apos;s tags.</source>
        <translation>이미지의 태그 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{ref} is the only tag of its image</source>
        <translation>{ref}은(는) 그 이미지의 하나뿐인 태그입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagging it would remove the image: use Remove for that.</source>
        <translation>이 태그를 떼면 이미지가 지워집니다: 그럴 때는 삭제를 쓰세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An image used by a container needs that container removed first, or force.</source>
        <translation>컨테이너가 쓰는 이미지는 먼저 그 컨테이너를 삭제하거나 강제로 삭제해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../core/docker/logs.py" line="+444"/>
        <source>{text!r} is not a time</source>
        <translation>{text!r}은(는) 시각이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write 10m, 2h, 3d, 2026-11-22T10:00 or a Unix time.</source>
        <translation>10m, 2h, 3d, 2026-11-22T10:00 또는 Unix 시간으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/networks.py" line="+107"/>
        <source>A network named {text} already exists</source>
        <translation>{text}(이)라는 네트워크가 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/docker/contexts.py" line="-130"/>
        <location filename="../../core/docker/networks.py" line="+1"/>
        <source>Choose another name.</source>
        <translation>다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/networks.py" line="+9"/>
        <source>{subnet!r} is not a subnet</source>
        <translation>{subnet!r}은(는) 서브넷이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a network address with its prefix, e.g. 172.28.0.0/16 (the host bits must be zero).</source>
        <translation>네트워크 주소를 접두사와 함께 쓰세요. 예: 172.28.0.0/16(호스트 비트는 0이어야 함).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{net} overlaps {theirs} of the network {0}</source>
        <translation>{net}이(가) 네트워크 {0}의 {theirs}와(과) 겹칩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/docker/refusals.py" line="+71"/>
        <source>Choose a subnet no other network uses.</source>
        <translation>다른 네트워크가 쓰지 않는 서브넷을 고르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{gateway!r} is not an IP address</source>
        <translation>{gateway!r}은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 172.28.0.1</source>
        <translation>예: 172.28.0.1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gateway {gw} is not a host address of {net}</source>
        <translation>게이트웨이 {gw}은(는) {net}의 호스트 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick an address inside {net}, e.g. {0}.</source>
        <translation>{net} 안의 주소를 고르세요. 예: {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A gateway needs a subnet</source>
        <translation>게이트웨이에는 서브넷이 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the subnet too, or neither.</source>
        <translation>서브넷도 채우거나, 둘 다 비워 두세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>running containers</source>
        <translation>실행 중인 컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/docker/volumes.py" line="+138"/>
        <source>{0} is in use by {1}</source>
        <translation>{0}을(를) {1}이(가) 쓰고 있습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is one of the engine&apos;s own networks</source>
        <translation>{0}은(는) 엔진 자체의 네트워크입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnect or stop the containers using a network before removing it; bridge, host and none belong to the engine.</source>
        <translation>네트워크를 삭제하기 전에 그 네트워크를 쓰는 컨테이너의 연결을 끊거나 중지하세요. bridge, host, none은 엔진의 것입니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{ipv4!r} is not an IPv4 address</source>
        <translation>{ipv4!r}은(는) IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 172.28.0.10</source>
        <translation>예: 172.28.0.10</translation>
    </message>
    <message>
        <location filename="../../core/docker/rawapi.py" line="+52"/>
        <source>The Docker engine stopped answering: {exc}</source>
        <translation>Docker 엔진이 응답하지 않습니다: {exc}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Docker refused GET {path}: {0}</source>
        <translation>Docker가 GET {path} 요청을 거부했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../core/docker/registry.py" line="+46"/>
        <source>{text!r} is not a registry address</source>
        <translation>{text!r}은(는) 레지스트리 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write host[:port], e.g. registry.example.com or localhost:5000.</source>
        <translation>host[:port] 형식으로 쓰세요. 예: registry.example.com 또는 localhost:5000.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>{0} did not answer over HTTPS</source>
        <translation>{0}이(가) HTTPS로 응답하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it serves plain HTTP, add it as http://{0}.</source>
        <translation>일반 HTTP로 서비스한다면 http://{0}로 추가하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry {0} cannot be reached</source>
        <translation>레지스트리 {0}에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running and that the address (host:port) is right.</source>
        <translation>실행 중인지, 주소(host:port)가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{0} needs a login</source>
        <translation>{0}에는 로그인이 필요합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to {0} first (docker login {1}).</source>
        <translation>먼저 {0}에 로그인하세요(docker login {1}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} refused the saved login</source>
        <translation>{0}이(가) 저장된 로그인을 거부했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to {0} again: the password or token may have changed.</source>
        <translation>{0}에 다시 로그인하세요. 비밀번호나 토큰이 바뀌었을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} does not allow this for your account</source>
        <translation>{0}은(는) 이 계정에 이 작업을 허용하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry&apos;s administrator for access.</source>
        <translation>레지스트리 관리자에게 접근 권한을 요청하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on {0}: {path}</source>
        <translation>{0}에서 찾지 못함: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been deleted meanwhile; refresh the list.</source>
        <translation>그사이에 삭제되었을 수 있습니다. 목록을 새로 고치세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} does not allow deleting</source>
        <translation>{0}은(는) 삭제를 허용하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry must be run with deletes enabled (storage.delete.enabled).</source>
        <translation>레지스트리를 삭제 허용(storage.delete.enabled)으로 실행해야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} does not list its repositories</source>
        <translation>{0}은(는) 저장소 목록을 제공하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a repository name to browse its tags instead.</source>
        <translation>대신 저장소 이름을 입력하면 태그를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} answered {code} to {method} {path}</source>
        <translation>{0}이(가) {method} {path}에 {code}(으)로 응답했습니다</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{0} did not give the digest of {repository}:{tag}</source>
        <translation>{0}이(가) {repository}:{tag}의 다이제스트를 주지 않았습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This registry may not support deleting by digest.</source>
        <translation>이 레지스트리는 다이제스트로 삭제하기를 지원하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logging in needs the docker command, and it is not installed</source>
        <translation>로그인에는 docker 명령이 필요한데, 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Docker&apos;s command line (docker-ce-cli, or docker.io on Debian/Ubuntu).</source>
        <translation>Docker 명령줄 도구를 설치하세요(docker-ce-cli, Debian/Ubuntu에서는 docker.io).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The user name is empty.</source>
        <translation>사용자 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name for this registry.</source>
        <translation>이 레지스트리의 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is empty.</source>
        <translation>비밀번호가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password or access token.</source>
        <translation>비밀번호나 액세스 토큰을 입력하세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{host} refused the user name or password</source>
        <translation>{host}이(가) 사용자 이름이나 비밀번호를 거부했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both; some registries want an access token instead of the password.</source>
        <translation>둘 다 확인하세요. 어떤 레지스트리는 비밀번호 대신 액세스 토큰을 요구합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry {host} cannot be reached</source>
        <translation>레지스트리 {host}에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running and the address (host:port).</source>
        <translation>실행 중인지, 주소(host:port)가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/run_spec.py" line="+58"/>
        <source>{text!r} is not a port mapping</source>
        <translation>{text!r}은(는) 포트 매핑이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write HOST:CONTAINER[/tcp|udp], e.g. 8080:80 or 127.0.0.1:8080:80/tcp.</source>
        <translation>HOST:CONTAINER[/tcp|udp] 형식으로 쓰세요. 예: 8080:80 또는 127.0.0.1:8080:80/tcp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r}: port {value} is out of range (1–65535)</source>
        <translation>{text!r}: 포트 {value}이(가) 범위(1–65535)를 벗어났습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text!r}: {ip} is not an IP address</source>
        <translation>{text!r}: {ip}은(는) IP 주소가 아닙니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{text!r} is not a volume</source>
        <translation>{text!r}은(는) 볼륨이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write NAME:/path or /host/path:/path[:ro].</source>
        <translation>NAME:/path 또는 /host/path:/path[:ro] 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text!r}: the path inside the container must be absolute</source>
        <translation>{text!r}: 컨테이너 안의 경로는 절대 경로여야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text!r}: {source!r} is neither an absolute path nor a volume name</source>
        <translation>{text!r}: {source!r}은(는) 절대 경로도 볼륨 이름도 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind mounts need an absolute host path (e.g. /home/me/data).</source>
        <translation>바인드 마운트에는 호스트의 절대 경로가 필요합니다(예: /home/me/data).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}{text!r} is not KEY=value</source>
        <translation>{where}{text!r}이(가) KEY=value 형식이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable names use letters, digits and _ and do not start with a digit.</source>
        <translation>변수 이름은 글자, 숫자, _를 쓰고 숫자로 시작하지 않습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the env file {path}: {0}</source>
        <translation>env 파일 {path}을(를) 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{text!r} is not a label</source>
        <translation>{text!r}은(는) 레이블이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write key=value, e.g. app.tier=web.</source>
        <translation>key=value 형식으로 쓰세요. 예: app.tier=web.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text!r} is not a memory size</source>
        <translation>{text!r}은(는) 메모리 크기가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e.g. 512m or 2g.</source>
        <translation>예: 512m 또는 2g.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text!r}: Docker needs at least 6 MiB of memory</source>
        <translation>{text!r}: Docker에는 메모리가 최소 6 MiB 필요합니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an image.</source>
        <translation>이미지를 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or pick an image such as busybox.</source>
        <translation>busybox 같은 이미지를 입력하거나 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0!r} is not an image reference</source>
        <translation>{0!r}은(는) 이미지 참조가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0!r} is not a valid container name</source>
        <translation>{0!r}은(는) 올바른 컨테이너 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>글자, 숫자, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;를 쓰세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown restart policy {0!r}</source>
        <translation>알 수 없는 재시작 정책 {0!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rm cannot be combined with a restart policy</source>
        <translation>--rm은 재시작 정책과 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one: remove when it exits, or restart it.</source>
        <translation>하나만 고르세요: 종료되면 삭제, 또는 재시작.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPUs cannot be negative.</source>
        <translation>CPU 수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The command cannot be parsed: {exc}</source>
        <translation>명령을 해석할 수 없습니다: {exc}</translation>
    </message>
    <message>
        <location filename="../../core/bridge/containerize.py" line="+105"/>
        <location filename="../../core/bridge/parity.py" line="+69"/>
        <source>{0} is not a Python environment</source>
        <translation>{0}은(는) Python 환경이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder that holds pyvenv.cfg or conda-meta/.</source>
        <translation>pyvenv.cfg나 conda-meta/가 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The output folder must be an absolute path.</source>
        <translation>출력 폴더는 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} already exists and is not empty</source>
        <translation>{0}이(가) 이미 있고 비어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new or empty folder for the Dockerfile and its context.</source>
        <translation>Dockerfile과 컨텍스트를 넣을 새 폴더나 빈 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project folder {0} does not exist</source>
        <translation>프로젝트 폴더 {0}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port {0} is out of range (1–65535)</source>
        <translation>포트 {0}이(가) 범위(1–65535)를 벗어났습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The working directory must be absolute, e.g. /app.</source>
        <translation>작업 디렉터리는 절대 경로여야 합니다. 예: /app.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The start command cannot be parsed: {0}</source>
        <translation>시작 명령을 해석할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/docker/run_spec.py" line="+1"/>
        <source>Check the quotes in the command.</source>
        <translation>명령의 따옴표를 확인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The environment {0} has no working Python interpreter</source>
        <translation>환경 {0}에 동작하는 Python 인터프리터가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair it, or recreate it from its requirements, then try again.</source>
        <translation>환경을 고치거나 요구 사항으로 다시 만든 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not every requirement could be downloaded into the context</source>
        <translation>요구 사항을 모두 컨텍스트로 내려받지 못했습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the package index (or the folders given) has these versions.</source>
        <translation>패키지 인덱스(또는 지정한 폴더)에 이 버전들이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{0} comes from {1}: the image needs git (or that VCS) to build</source>
        <translation>{0}은(는) {1}에서 왔습니다: 이미지를 빌드하려면 git(또는 그 VCS)이 필요합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} {1} was installed from {2}, which no longer exists: left out</source>
        <translation>{0} {1}은(는) {2}에서 설치되었는데, 그곳이 더 이상 없습니다: 제외함</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: no wheel could be built from {1} ({2}): left out</source>
        <translation>{0}: {1}에서 휠을 만들 수 없었습니다({2}): 제외함</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Channels on this disk cannot be reached from the build: {0}</source>
        <translation>이 컴퓨터에 있는 채널은 빌드 중에 접근할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../core/docker/run_spec.py" line="+7"/>
        <source>on-failure:{n} needs a number of retries</source>
        <translation>on-failure:{n}에는 재시도 횟수가 필요합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{cpus!r} is not a number of CPUs</source>
        <translation>{cpus!r}은(는) CPU 수가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write e.g. 1.5.</source>
        <translation>예: 1.5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The env file {env_file} does not exist</source>
        <translation>env 파일 {env_file}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/docker/transfer.py" line="+148"/>
        <source>{registry} refused {reference}: not logged in or not allowed</source>
        <translation>{registry}이(가) {reference}을(를) 거부했습니다: 로그인하지 않았거나 권한이 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to {registry} (Registries panel, or docker login {registry}) and retry.</source>
        <translation>{registry}에 로그인(레지스트리 패널 또는 docker login {registry})한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} does not exist on {registry}</source>
        <translation>{reference}이(가) {registry}에 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the repository name and the tag (the registry browser lists both).</source>
        <translation>저장소 이름과 태그를 확인하세요(레지스트리 브라우저에 둘 다 나옵니다).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{registry} cannot be reached</source>
        <translation>{registry}에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the registry is running and its address (host:port) is right.</source>
        <translation>레지스트리가 실행 중이고 주소(host:port)가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reference} is not a local image</source>
        <translation>{reference}은(는) 로컬 이미지가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag it first.</source>
        <translation>먼저 태그를 붙이세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference}: {text}</source>
        <translation>{reference}: {text}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{what}: the engine stopped answering before the end</source>
        <translation>{what}: 엔진이 끝나기 전에 응답을 멈췄습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the engine and the registry, then retry.</source>
        <translation>엔진과 레지스트리를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/volumes.py" line="-50"/>
        <source>{name!r} is not a valid {what} name</source>
        <translation>{name!r}은(는) 올바른 {what} 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least two characters: letters, digits, _ . and -, starting with a letter or digit.</source>
        <translation>두 글자 이상: 글자, 숫자, _ . -를 쓰고 글자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A volume named {text} already exists</source>
        <translation>{text}(이)라는 볼륨이 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or use that one.</source>
        <translation>다른 이름을 고르거나 그 이름을 그대로 쓰세요.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A volume used by a container (even a stopped one) is kept: remove the container first.</source>
        <translation>컨테이너가 쓰는 볼륨은(중지된 컨테이너라도) 남겨 둡니다: 먼저 그 컨테이너를 삭제하세요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Browsing a volume needs one local image, and there is none</source>
        <translation>볼륨을 둘러보려면 로컬 이미지가 하나 필요한데, 하나도 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull or build any image (its contents do not matter; it is never run).</source>
        <translation>아무 이미지나 받거나 빌드하세요(내용은 상관없고 실행하지도 않습니다).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{path} is a folder</source>
        <translation>{path}은(는) 폴더입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it to list its files.</source>
        <translation>열어서 파일 목록을 보세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a regular file</source>
        <translation>{path}은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links and devices have no text.</source>
        <translation>링크와 장치에는 텍스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../core/envs/conda_ops.py" line="+105"/>
        <source>No packages given</source>
        <translation>패키지를 지정하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one package, e.g. python=3.11.</source>
        <translation>패키지를 하나 이상 적으세요. 예: python=3.11.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not {action} the conda environment: {0}</source>
        <translation>conda 환경을 {action}할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the package names and versions and that the channels are reachable.</source>
        <translation>패키지 이름과 버전, 채널에 연결할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{source} has no conda packages to clone</source>
        <translation>{source}에는 복제할 conda 패키지가 없습니다</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No package given</source>
        <translation>패키지를 지정하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a spec such as numpy or numpy=1.26.</source>
        <translation>numpy 또는 numpy=1.26 같은 명세를 입력하세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not installed with conda: {0}</source>
        <translation>conda로 설치되지 않음: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall pip packages with pip.</source>
        <translation>pip 패키지는 pip으로 제거하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That would leave the environment empty</source>
        <translation>그러면 환경이 비게 됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the environment instead.</source>
        <translation>대신 환경을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../core/envs/discovery.py" line="+110"/>
        <source>bin/{0} points to {1}, which no longer exists (the base Python was upgraded or removed)</source>
        <translation>bin/{0}이(가) 가리키는 {1}이(가) 더 이상 없습니다(기반 Python이 업그레이드되었거나 제거됨)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+111"/>
        <source>no Python interpreter in bin/</source>
        <translation>bin/에 Python 인터프리터가 없습니다</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>pyvenv.cfg has no &apos;home&apos; entry</source>
        <translation>pyvenv.cfg에 &apos;home&apos; 항목이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the base Python folder {0} from pyvenv.cfg is gone</source>
        <translation>pyvenv.cfg에 적힌 기반 Python 폴더 {0}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>python is installed in conda-meta but bin/python is missing</source>
        <translation>conda-meta에는 python이 설치되어 있지만 bin/python이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/envs/lifecycle.py" line="+53"/>
        <source>{source} is not an environment</source>
        <translation>{source}은(는) 환경이 아닙니다</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>{folder} holds no readable {MANIFEST}</source>
        <translation>{folder}에 읽을 수 있는 {MANIFEST}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the folder EnvDock&apos;s &apos;Back up all&apos; wrote.</source>
        <translation>EnvDock의 &apos;모두 백업&apos;이 만든 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already exists</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <location filename="../../core/envs/names.py" line="+20"/>
        <source>The name is empty.</source>
        <translation>이름이 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name such as my-project.</source>
        <translation>my-project 같은 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name {name!r} contains a space.</source>
        <translation>이름 {name!r}에 공백이 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spaces in environment paths break activate scripts and many tools: use - or _.</source>
        <translation>환경 경로의 공백은 activate 스크립트와 많은 도구를 깨뜨립니다. - 또는 _를 쓰세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name {name!r} contains a slash.</source>
        <translation>이름 {name!r}에 슬래시가 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name is one folder name; choose the location separately.</source>
        <translation>이름은 폴더 이름 하나입니다. 위치는 따로 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name {name!r} contains &apos;..&apos;.</source>
        <translation>이름 {name!r}에 &apos;..&apos;이 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a plain folder name.</source>
        <translation>일반 폴더 이름을 쓰세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name {name!r} contains shell metacharacters: {0}</source>
        <translation>이름 {name!r}에 셸 메타 문자가 들어 있습니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Use letters, digits, and . _ - + @ only.</source>
        <translation>글자, 숫자와 . _ - + @만 쓰세요.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The name {name!r} must start with a letter or digit.</source>
        <translation>이름 {name!r}은(는) 글자나 숫자로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name is longer than 100 characters.</source>
        <translation>이름이 100자보다 깁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter name.</source>
        <translation>더 짧은 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The location {0} contains a space.</source>
        <translation>위치 {0}에 공백이 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate scripts and many tools break on paths with spaces: choose another place.</source>
        <translation>경로에 공백이 있으면 activate 스크립트와 많은 도구가 깨집니다. 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} already exists and is not empty.</source>
        <translation>{target}이(가) 이미 있고 비어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or delete the old environment first.</source>
        <translation>다른 이름을 고르거나 먼저 기존 환경을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../core/envs/ops.py" line="+29"/>
        <source>The environment {prefix} has no working Python interpreter</source>
        <translation>환경 {prefix}에 동작하는 Python 인터프리터가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its base Python may have been removed: recreate the environment from its spec.</source>
        <translation>기반 Python이 제거되었을 수 있습니다. 명세로 환경을 다시 만드세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown seed choice {0!r}</source>
        <translation>알 수 없는 기본 패키지 선택 {0!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use pip, all or none.</source>
        <translation>pip, all, none 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The interpreter {0} does not exist</source>
        <translation>인터프리터 {0}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one of the discovered Pythons.</source>
        <translation>찾아낸 Python 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>pip {0} failed: {1}</source>
        <translation>pip {0} 실패: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pip {0} failed (exit code {1})</source>
        <translation>pip {0} 실패(종료 코드 {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the package name and version, and that the package index is reachable.</source>
        <translation>패키지 이름과 버전, 패키지 인덱스에 연결할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No package chosen to uninstall.</source>
        <translation>제거할 패키지를 고르지 않았습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot tell which Python made {prefix}</source>
        <translation>{prefix}을(를) 만든 Python을 알 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its base interpreter is gone; pick an interpreter and recreate it.</source>
        <translation>기반 인터프리터가 없습니다. 인터프리터를 골라 다시 만드세요.</translation>
    </message>
    <message>
        <location filename="../../core/envs/runner.py" line="+30"/>
        <source>The packaged EnvDock creates environments with a Python installed on this machine: install Python 3.8 or newer (sudo apt-get install python3) or pick an interpreter in the Python list.</source>
        <translation>패키지로 배포된 EnvDock은 이 컴퓨터에 설치된 Python으로 환경을 만듭니다. Python 3.8 이상을 설치하거나(sudo apt-get install python3) Python 목록에서 인터프리터를 고르세요.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No Python 3.8 or newer found to run virtualenv and pip</source>
        <translation>virtualenv와 pip을 실행할 Python 3.8 이상을 찾지 못했습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This EnvDock bundle carries no pip wheel</source>
        <translation>이 EnvDock 번들에는 pip 휠이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install pip into the environment with its own Python (python -m ensurepip).</source>
        <translation>환경 자신의 Python으로 pip을 설치하세요(python -m ensurepip).</translation>
    </message>
    <message>
        <location filename="../../core/envs/safety.py" line="+49"/>
        <source>EnvDock deletes only environment folders it can prove are environments.</source>
        <translation>EnvDock은 환경임을 증명할 수 있는 폴더만 삭제합니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The whole folder goes: it holds nothing but the environment.</source>
        <translation>폴더 전체가 지워집니다: 환경 말고는 아무것도 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes ({count}): {goes}
Stays, not the environment&apos;s ({kept}): {stays}</source>
        <translation>지워지는 것 ({count}): {goes}
남는 것, 환경의 것이 아님 ({kept}): {stays}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{folder}/ ({count} of its files)</source>
        <translation>{folder}/ (안의 파일 {count}개)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and {0} more</source>
        <translation> 외 {0}개</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{path} is not an absolute path</source>
        <translation>{path}은(는) 절대 경로가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the full path of the folder.</source>
        <translation>폴더의 전체 경로를 지정하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{lexical} is a symbolic link</source>
        <translation>{lexical}은(는) 심볼릭 링크입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the environment it points to by its real path, or remove the link by hand.</source>
        <translation>링크가 가리키는 환경을 실제 경로로 삭제하거나, 링크를 직접 지우세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{lexical} is not a folder</source>
        <translation>{lexical}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/envs/specfiles.py" line="+219"/>
        <source>Check the path.</source>
        <translation>경로를 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refusing to delete {real}: a system folder or too shallow a path</source>
        <translation>{real} 삭제를 거부합니다: 시스템 폴더이거나 너무 얕은 경로입니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refusing to delete {real}: it is or contains a home directory</source>
        <translation>{real} 삭제를 거부합니다: 홈 디렉터리이거나 홈 디렉터리를 담고 있습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusing to delete {real}: EnvDock itself runs on this Python</source>
        <translation>{real} 삭제를 거부합니다: EnvDock 자신이 이 Python으로 실행 중입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close EnvDock and delete it by hand if you really mean to.</source>
        <translation>정말 원한다면 EnvDock을 닫고 직접 삭제하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refusing to delete {real}: it holds {other_real}, which is protected</source>
        <translation>{real} 삭제를 거부합니다: 보호된 {other_real}을(를) 담고 있습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refusing to delete {real}: it is a conda installation (base), not an environment</source>
        <translation>{real} 삭제를 거부합니다: 환경이 아니라 conda 설치본(base)입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall conda itself if you mean to remove it.</source>
        <translation>conda 자체를 지우려면 conda를 제거하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{real} is not an environment: it has neither pyvenv.cfg nor conda-meta/history</source>
        <translation>{real}은(는) 환경이 아닙니다: pyvenv.cfg도 conda-meta/history도 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refusing to delete {real}: it is a pyenv Python version</source>
        <translation>{real} 삭제를 거부합니다: pyenv의 Python 버전입니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use `pyenv uninstall` for Python versions.</source>
        <translation>Python 버전은 `pyenv uninstall`로 지우세요.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0} changed since it was checked</source>
        <translation>확인한 뒤에 {0}이(가) 바뀌었습니다</translation>
    </message>
    <message>
        <location filename="../../core/envs/shell.py" line="+82"/>
        <source>No terminal emulator found</source>
        <translation>터미널 에뮬레이터를 찾지 못했습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install one (e.g. xterm) or use the terminal inside EnvDock.</source>
        <translation>터미널 에뮬레이터를 설치하거나(예: xterm) EnvDock 안의 터미널을 쓰세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Install one (e.g. xterm), or copy the activate command: {0}</source>
        <translation>터미널 에뮬레이터를 설치하거나(예: xterm) activate 명령을 복사하세요: {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} has no working interpreter</source>
        <translation>{0}에 동작하는 인터프리터가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair or recreate the environment first.</source>
        <translation>먼저 환경을 고치거나 다시 만드세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ipykernel is not installed in {0}</source>
        <translation>{0}에 ipykernel이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the package &apos;ipykernel&apos; into this environment first.</source>
        <translation>먼저 이 환경에 &apos;ipykernel&apos; 패키지를 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../core/envs/specfiles.py" line="-198"/>
        <source>Fix that line and try again.</source>
        <translation>그 줄을 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>pip pins versions with ==, conda with = (e.g. numpy==1.26.4).</source>
        <translation>pip은 ==로, conda는 =로 버전을 고정합니다(예: numpy==1.26.4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}, line {number}: {stripped!r} is not a valid requirement ({0})</source>
        <translation>{source}, {number}번째 줄: {stripped!r}은(는) 올바른 요구 사항이 아닙니다({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write name, name==version or name&gt;=version.</source>
        <translation>name, name==version 또는 name&gt;=version 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{source}{where}: not valid YAML ({problem})</source>
        <translation>{source}{where}: 올바른 YAML이 아닙니다({problem})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the indentation and the &apos;-&apos; in front of each item.</source>
        <translation>들여쓰기와 각 항목 앞의 &apos;-&apos;를 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: expected keys name/channels/dependencies at the top</source>
        <translation>{source}: 맨 위에 name/channels/dependencies 키가 있어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the file with `name:` and `dependencies:`.</source>
        <translation>파일을 `name:`과 `dependencies:`로 시작하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source}, line {0}: channels must be a list</source>
        <translation>{source}, {0}번째 줄: channels는 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source}, line {0}: dependencies must be a list</source>
        <translation>{source}, {0}번째 줄: dependencies는 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put each package on a `- ` line.</source>
        <translation>패키지마다 `- ` 줄 하나씩 쓰세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source}, line {0}: `pip:` must hold a list of requirements</source>
        <translation>{source}, {0}번째 줄: `pip:`에는 요구 사항 목록이 와야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{source}, line {0}: {1}</source>
        <translation>{source}, {0}번째 줄: {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{source}, line {0}: {item!r} is not a valid conda spec ({exc})</source>
        <translation>{source}, {0}번째 줄: {item!r}은(는) 올바른 conda 명세가 아닙니다({exc})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conda specs look like numpy, numpy=1.26 or numpy&gt;=1.26,&lt;2.</source>
        <translation>conda 명세는 numpy, numpy=1.26 또는 numpy&gt;=1.26,&lt;2 같은 형식입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read {path}: {0}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a text file</source>
        <translation>{path}은(는) 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a requirements or YAML file.</source>
        <translation>requirements 또는 YAML 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="+37"/>
        <source>Correct the value and try again.</source>
        <translation>값을 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check that the Docker engine is running and reachable.</source>
        <translation>Docker 엔진이 실행 중이고 연결할 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is probably a bug. The details are in the log file.</source>
        <translation>버그일 가능성이 높습니다. 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unexpected error: {text}</source>
        <translation>예상하지 못한 오류: {text}</translation>
    </message>
    <message>
        <location filename="../../core/host/alerts.py" line="+37"/>
        <source>{0} above {1:g}{2} for {3:g} s</source>
        <translation>{3:g}초 동안 {0} {1:g}{2} 초과</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown figure {metric!r}</source>
        <translation>알 수 없는 수치 {metric!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose cpu, memory, swap, load or a disk.</source>
        <translation>cpu, memory, swap, load 또는 디스크 중에서 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A percentage threshold is between 0 and 100</source>
        <translation>백분율 임계값은 0과 100 사이입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 90</source>
        <translation>예: 90</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The threshold and the duration must be positive</source>
        <translation>임계값과 지속 시간은 양수여야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 90 % for 30 s</source>
        <translation>예: 30초 동안 90 %</translation>
    </message>
    <message>
        <location filename="../../core/host/processes.py" line="+176"/>
        <source>Process 1 is the system&apos;s init</source>
        <translation>프로세스 1은 시스템의 init입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be stopped from here.</source>
        <translation>여기서 중지할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is EnvDock itself</source>
        <translation>EnvDock 자신입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window instead.</source>
        <translation>대신 창을 닫으세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Process {pid} has already ended</source>
        <translation>프로세스 {pid}은(는) 이미 끝났습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table refreshes by itself.</source>
        <translation>표는 저절로 새로 고쳐집니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed to signal process {pid}</source>
        <translation>프로세스 {pid}에 시그널을 보낼 권한이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It belongs to another user; run the command with sudo if you must.</source>
        <translation>다른 사용자의 프로세스입니다. 꼭 필요하면 sudo로 명령을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../core/procs.py" line="+53"/>
        <source>A program must be given as a non-empty argument list.</source>
        <translation>프로그램은 비어 있지 않은 인자 목록으로 주어야 합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Program not found: {0}</source>
        <translation>프로그램을 찾을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install it or check that it is on PATH.</source>
        <translation>설치하거나 PATH에 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not allowed to run {0}</source>
        <translation>{0}을(를) 실행할 권한이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file permissions.</source>
        <translation>파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>{0} exited with code {1}</source>
        <translation>{0}이(가) 종료 코드 {1}(으)로 끝났습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/swarm/stacks.py" line="+140"/>
        <source>See the output for the reason.</source>
        <translation>이유는 출력을 보세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/connection.py" line="-254"/>
        <source>Permission denied on the Docker socket {0}</source>
        <translation>Docker 소켓 {0}에 대한 권한이 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add your user to the docker group (sudo usermod -aG docker $USER), then log out and in again.</source>
        <translation>사용자를 docker 그룹에 추가한 뒤(sudo usermod -aG docker $USER) 로그아웃했다가 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>Docker가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Docker Engine (Debian/Ubuntu: sudo apt-get install docker.io).</source>
        <translation>Docker Engine을 설치하세요(Debian/Ubuntu: sudo apt-get install docker.io).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Docker engine is not running ({where})</source>
        <translation>Docker 엔진이 실행 중이 아닙니다({where})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (sudo systemctl start docker) — EnvDock reconnects by itself.</source>
        <translation>엔진을 시작하세요(sudo systemctl start docker) — EnvDock은 스스로 다시 연결합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker engine at {where} does not answer</source>
        <translation>{where}의 Docker 엔진이 응답하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address and that the host is up.</source>
        <translation>주소와 호스트가 켜져 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown host in {where}</source>
        <translation>{where}의 호스트를 알 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name in DOCKER_HOST or the Docker context.</source>
        <translation>DOCKER_HOST나 Docker 컨텍스트의 호스트 이름을 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the Docker engine at {where}: {0}</source>
        <translation>{where}의 Docker 엔진에 연결할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check DOCKER_HOST or the current Docker context.</source>
        <translation>DOCKER_HOST나 현재 Docker 컨텍스트를 확인하세요.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The engine&apos;s TLS certificate has expired</source>
        <translation>엔진의 TLS 인증서가 만료되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the engine&apos;s owner for a new server certificate.</source>
        <translation>엔진 관리자에게 새 서버 인증서를 요청하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine&apos;s TLS certificate is not valid yet</source>
        <translation>엔진의 TLS 인증서가 아직 유효하지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this machine&apos;s clock, or the certificate&apos;s dates.</source>
        <translation>이 컴퓨터의 시계나 인증서의 날짜를 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine&apos;s TLS certificate is for another name</source>
        <translation>엔진의 TLS 인증서가 다른 이름용입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with the name (or address) the certificate was made for.</source>
        <translation>인증서가 만들어진 이름(또는 주소)으로 연결하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine&apos;s TLS certificate is not signed by the CA given</source>
        <translation>엔진의 TLS 인증서가 지정한 CA로 서명되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file the engine&apos;s certificates were made with (ca.pem).</source>
        <translation>엔진 인증서를 만든 CA 파일(ca.pem)을 고르세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine wants a client certificate</source>
        <translation>엔진이 클라이언트 인증서를 요구합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the client certificate and key (cert.pem, key.pem).</source>
        <translation>클라이언트 인증서와 키(cert.pem, key.pem)를 지정하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine refused the client certificate</source>
        <translation>엔진이 클라이언트 인증서를 거부했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a client certificate signed by the engine&apos;s CA (cert.pem, key.pem).</source>
        <translation>엔진의 CA로 서명된 클라이언트 인증서(cert.pem, key.pem)를 쓰세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine speaks TLS; this connection did not</source>
        <translation>엔진은 TLS를 쓰는데 이 연결은 TLS가 아니었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the engine&apos;s CA and your certificate (use TLS).</source>
        <translation>엔진의 CA와 인증서를 지정하세요 (TLS 사용).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine does not speak TLS on this port</source>
        <translation>엔진이 이 포트에서 TLS를 쓰지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use tcp:// without TLS files, or the engine&apos;s TLS port.</source>
        <translation>TLS 파일 없이 tcp://를 쓰거나 엔진의 TLS 포트를 쓰세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TLS handshake with {0} failed</source>
        <translation>{0}와(과)의 TLS 핸드셰이크에 실패했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the engine&apos;s CA and your client certificate and key.</source>
        <translation>엔진의 CA와 클라이언트 인증서, 키를 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} closed the connection at once</source>
        <translation>{0}이(가) 연결을 바로 끊었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An engine that wants TLS closes plain connections, and one without a client certificate: check the engine&apos;s TLS settings.</source>
        <translation>TLS를 요구하는 엔진은 암호화되지 않은 연결과 클라이언트 인증서가 없는 연결을 끊습니다: 엔진의 TLS 설정을 확인하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Docker engine at {0} did not answer: {text}</source>
        <translation>{0}의 Docker 엔진이 응답하지 않았습니다: {text}</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Connected to Docker {0}</source>
        <translation>Docker {0}에 연결됨</translation>
    </message>
    <message>
        <location filename="../../core/docker/engine.py" line="+150"/>
        <source>Connecting to Docker…</source>
        <translation>Docker에 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../core/compose/tool.py" line="+84"/>
        <source>Install the Docker Compose plugin (Debian/Ubuntu: sudo apt-get install docker-compose-plugin, or docker-compose-v2), or the older docker-compose package, then detect again.</source>
        <translation>Docker Compose 플러그인(Debian/Ubuntu: sudo apt-get install docker-compose-plugin 또는 docker-compose-v2)이나 예전 docker-compose 패키지를 설치한 뒤 다시 찾아보세요.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{tool} has no {what}: it needs Docker Compose v2 ({needed} or newer), the docker compose plugin.</source>
        <translation>{tool}에는 {what} 기능이 없습니다. Docker Compose v2({needed} 이상), 즉 docker compose 플러그인이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{tool} has no {what}: it needs Docker Compose {needed} or newer.</source>
        <translation>{tool}에는 {what} 기능이 없습니다. Docker Compose {needed} 이상이 필요합니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} compose: no such plugin</source>
        <translation>{0} compose: 해당 플러그인이 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no docker CLI on PATH</source>
        <translation>PATH에 docker CLI가 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} does not answer to &apos;version&apos;</source>
        <translation>{0}이(가) &apos;version&apos;에 응답하지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no docker-compose on PATH</source>
        <translation>PATH에 docker-compose가 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker Compose is not installed (neither docker compose nor docker-compose)</source>
        <translation>Docker Compose가 설치되어 있지 않습니다(docker compose도 docker-compose도 없음)</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../core/docker/engine.py" line="+29"/>
        <source>Fix the context (docker context inspect), or remove it.</source>
        <translation>컨텍스트를 고치거나(docker context inspect) 지우세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/engine.py" line="+11"/>
        <source>Not connected to the Docker engine</source>
        <translation>Docker 엔진에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the engine is connected (see the status bar).</source>
        <translation>엔진이 연결될 때까지 기다리세요 (상태 표시줄 참고).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Disconnected from the Docker engine</source>
        <translation>Docker 엔진과 연결이 끊겼습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting by itself; check that the engine is still running.</source>
        <translation>스스로 다시 연결하는 중입니다. 엔진이 아직 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../core/host/gpu.py" line="+11"/>
        <source>no NVIDIA GPU found</source>
        <translation>NVIDIA GPU를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../core/bridge/parity.py" line="+15"/>
        <source>{0} did not list its Python packages</source>
        <translation>{0}이(가) Python 패키지 목록을 주지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+37"/>
        <source>Its Python may be broken; the output is in the details.</source>
        <translation>Python이 손상되었을 수 있습니다. 출력은 세부 정보에 있습니다.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{0} has no Python</source>
        <translation>{0}에 Python이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare only containers and images that have python3 or python.</source>
        <translation>python3이나 python이 있는 컨테이너와 이미지만 비교할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The container {0} is not running</source>
        <translation>컨테이너 {0}이(가) 실행 중이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it, or compare its image instead.</source>
        <translation>컨테이너를 시작하거나, 대신 그 이미지와 비교하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+35"/>
        <source>{0} in {1} failed (exit code {2})</source>
        <translation>{1}의 {0}이(가) 실패했습니다(종료 코드 {2})</translation>
    </message>
    <message>
        <location filename="../../core/docker/refusals.py" line="-7"/>
        <source>Choose another name, or remove what uses this one.</source>
        <translation>다른 이름을 고르거나, 이 이름을 쓰는 것을 지우세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another host port, or stop what listens on it.</source>
        <translation>다른 호스트 포트를 고르거나, 그 포트를 쓰는 것을 멈추세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the image reference, or pull or build the image first.</source>
        <translation>이미지 참조를 확인하거나, 먼저 이미지를 받거나 빌드하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a network that exists.</source>
        <translation>있는 네트워크를 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the volume lines: NAME:/path or /host/path:/path[:ro].</source>
        <translation>볼륨 줄을 확인하세요: NAME:/path 또는 /host/path:/path[:ro].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the CPU and memory limits.</source>
        <translation>CPU와 메모리 제한을 확인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the command: the image must contain that program.</source>
        <translation>명령을 확인하세요: 이미지에 그 프로그램이 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick an address inside the subnet.</source>
        <translation>서브넷 안의 주소를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../core/docker/status_text.py" line="+59"/>
        <source>Less than a second</source>
        <translation>1초 미만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 second</source>
        <translation>1초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} seconds</source>
        <translation>{0}초</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About a minute</source>
        <translation>약 1분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} minutes</source>
        <translation>{0}분</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About an hour</source>
        <translation>약 1시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} hours</source>
        <translation>{0}시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} days</source>
        <translation>{0}일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} weeks</source>
        <translation>{0}주</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} months</source>
        <translation>{0}개월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} years</source>
        <translation>{0}년</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>비정상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health: starting</source>
        <translation>상태 확인: 시작 중</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Up {0} (Paused)</source>
        <translation>실행 중 ({0}, 일시 정지됨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restarting ({0}) {1} ago</source>
        <translation>{1} 전부터 재시작 중 ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up {0} ({1})</source>
        <translation>실행 중 ({0}, {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up {0}</source>
        <translation>실행 중 ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removal In Progress</source>
        <translation>삭제 진행 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead</source>
        <translation>죽음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited ({0}) {1} ago</source>
        <translation>{1} 전 종료 ({0})</translation>
    </message>
    <message>
        <location filename="../../core/cli/engines_cmd.py" line="+111"/>
        <source>envdock: warning: {0} is plain TCP: whoever reaches that port is root on its host. Use TLS (--tls-ca, --tls-cert, --tls-key) or ssh://.</source>
        <translation>envdock: 경고: {0}은(는) 암호화되지 않은 TCP입니다: 그 포트에 닿는 사람은 누구나 그 호스트의 root가 됩니다. TLS(--tls-ca, --tls-cert, --tls-key)나 ssh://를 쓰세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>envdock: warning: the engine&apos;s certificate will not be checked: anyone on the way can pretend to be {0}.</source>
        <translation>envdock: 경고: 엔진의 인증서를 확인하지 않습니다: 중간의 누구든 {0}인 척할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../core/docker/ssh_tunnel.py" line="+56"/>
        <source>{0} names no ssh host</source>
        <translation>{0}에 ssh 호스트가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use ssh://user@host or ssh://user@host:port.</source>
        <translation>ssh://user@host 또는 ssh://user@host:port 형식을 쓰세요.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The host key of {0} has changed (now {1})</source>
        <translation>{0}의 호스트 키가 바뀌었습니다 (현재 {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone may be intercepting the connection, or the server was reinstalled. Check with its owner; if it is right, remove the old key with ssh-keygen -R and connect once with ssh.</source>
        <translation>누군가 연결을 가로채고 있거나 서버가 다시 설치되었을 수 있습니다. 관리자에게 확인하고, 맞다면 ssh-keygen -R로 예전 키를 지운 뒤 ssh로 한 번 연결하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The host key of {0} is not known ({1})</source>
        <translation>{0}의 호스트 키를 모릅니다 ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fingerprint unavailable</source>
        <translation>지문을 알 수 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EnvDock never accepts a host key by itself: check the fingerprint with the server&apos;s owner, then connect once with ssh in a terminal to accept it.</source>
        <translation>EnvDock은 호스트 키를 스스로 받아들이지 않습니다: 서버 관리자와 지문을 확인한 뒤, 터미널에서 ssh로 한 번 연결해 받아들이세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} refused the ssh key</source>
        <translation>{0}이(가) ssh 키를 거부했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load your key into the agent (ssh-add) or name it with IdentityFile in ~/.ssh/config; EnvDock never asks for passwords.</source>
        <translation>키를 에이전트에 올리거나(ssh-add) ~/.ssh/config의 IdentityFile로 지정하세요. EnvDock은 비밀번호를 묻지 않습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing listens for ssh at {0}</source>
        <translation>{0}에서 ssh를 받는 곳이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the port, and that the ssh server runs there.</source>
        <translation>포트와 그곳에서 ssh 서버가 도는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ssh connection to {0} timed out</source>
        <translation>{0}로의 ssh 연결 시간이 초과되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the host name, the network and any firewall on the way.</source>
        <translation>호스트 이름, 네트워크, 중간의 방화벽을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown host {0}</source>
        <translation>알 수 없는 호스트 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name (or its Host entry in ~/.ssh/config).</source>
        <translation>이름(또는 ~/.ssh/config의 Host 항목)을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no docker command on {0}&apos;s PATH</source>
        <translation>{0}의 PATH에 docker 명령이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the docker CLI on the server (it runs `docker system dial-stdio`), or put it on the PATH of non-interactive ssh sessions.</source>
        <translation>서버에 docker CLI를 설치하거나(`docker system dial-stdio`를 씁니다) 비대화형 ssh 세션의 PATH에 넣으세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} may not use its Docker socket</source>
        <translation>{0}에서 Docker 소켓을 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server, add your user to the docker group, then log in again.</source>
        <translation>서버에서 사용자를 docker 그룹에 넣고 다시 로그인하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Docker engine on {0} is not running</source>
        <translation>{0}의 Docker 엔진이 돌고 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it on the server; EnvDock reconnects by itself.</source>
        <translation>서버에서 엔진을 시작하세요. EnvDock이 스스로 다시 연결합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ssh to {0} failed: {1}</source>
        <translation>{0}로의 ssh가 실패했습니다: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>이유가 주어지지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try `ssh {0} docker version` in a terminal to see why.</source>
        <translation>이유를 보려면 터미널에서 `ssh {0} docker version`을 실행해 보세요.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The ssh client is not installed</source>
        <translation>ssh 클라이언트가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install OpenSSH&apos;s client (Debian/Ubuntu: openssh-client).</source>
        <translation>OpenSSH 클라이언트를 설치하세요 (Debian/Ubuntu: openssh-client).</translation>
    </message>
    <message>
        <location filename="../../core/cli/compose_cmd.py" line="+227"/>
        <source>No compose project named {0!r} on the engine {1}</source>
        <translation>엔진 {1}에 {0!r}(이)라는 compose 프로젝트가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>envdock compose ls lists the projects; a compose file works too.</source>
        <translation>envdock compose ls로 프로젝트 목록을 볼 수 있습니다. compose 파일을 지정해도 됩니다.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+20"/>
        <source>envdock: cancelled</source>
        <translation>envdock: 취소됨</translation>
    </message>
    <message>
        <location filename="../../core/cli/export_compose_cmd.py" line="+63"/>
        <source>Wrote {path} (services: {names})</source>
        <translation>{path}에 썼습니다(서비스: {names})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Secret-looking values are not printed; the file refers to {names}. Write it with -o FILE to get them in a .env beside it.</source>
        <translation>비밀로 보이는 값은 출력하지 않습니다. 파일은 {names}을(를) 참조합니다. -o FILE로 파일을 쓰면 값이 옆의 .env에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../core/cli/swarm_cmd.py" line="+59"/>
        <location filename="../../core/swarm/ops.py" line="+774"/>
        <location filename="../../core/swarm/state.py" line="+109"/>
        <location line="+49"/>
        <source>read the swarm</source>
        <translation>스웜 읽기</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No service named {name!r}</source>
        <translation>{name!r}(이)라는 서비스가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the services with: envdock swarm services</source>
        <translation>서비스 목록 보기: envdock swarm services</translation>
    </message>
    <message>
        <location filename="../../core/compose/actions.py" line="+96"/>
        <location filename="../../core/compose/config.py" line="+70"/>
        <source>The compose files of project {0} are not known</source>
        <translation>프로젝트 {0}의 compose 파일을 알 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} needs the files: open the project from its compose file.</source>
        <translation>{0}에는 파일이 필요합니다. compose 파일에서 프로젝트를 여세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown pull policy {0!r}</source>
        <translation>알 수 없는 pull 정책 {0!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>Use one of: {0}.</source>
        <translation>다음 중 하나를 쓰세요: {0}.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Without it, up pulls the images that are missing.</source>
        <translation>이 기능이 없으면 up은 없는 이미지를 내려받습니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown image removal {0!r}</source>
        <translation>알 수 없는 이미지 삭제 방식 {0!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use local or all.</source>
        <translation>local 또는 all을 쓰세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown compose action {0!r}</source>
        <translation>알 수 없는 compose 작업 {0!r}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Replicas must be a whole number, 0 or more (got {0!r})</source>
        <translation>복제 수는 0 이상의 정수여야 합니다(받은 값: {0!r})</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Could not remove {0}: {1}</source>
        <translation>{0}을(를) 삭제하지 못했습니다: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {0}: made by the cancelled run, never started</source>
        <translation>{0} 삭제함: 취소된 실행이 만들었고 시작되지 않았음</translation>
    </message>
    <message>
        <location filename="../../core/compose/config.py" line="+5"/>
        <source>Open the project from its compose file.</source>
        <translation>compose 파일에서 프로젝트를 여세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File not found: {0}</source>
        <translation>파일을 찾을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a file: {0}</source>
        <translation>파일이 아닙니다: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/compose/projects.py" line="-264"/>
        <source>Permission denied: cannot read {0}</source>
        <translation>권한이 없습니다: {0}을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check that the project&apos;s files are there and readable, or open it again.</source>
        <translation>프로젝트 파일이 있고 읽을 수 있는지 확인하거나, 프로젝트를 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../core/compose/export.py" line="+153"/>
        <source>Secret-looking values are not in the compose file: they are in {where} (readable by you only), which the file refers to ({names}).</source>
        <translation>비밀로 보이는 값은 compose 파일에 넣지 않았습니다. 값은 {where}에 있으며(본인만 읽을 수 있음), 파일은 이를 참조합니다({names}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The compose file was written anew from its data: its comments and formatting were not kept (the previous file is kept as .bak).</source>
        <translation>compose 파일을 데이터로부터 새로 작성했습니다. 주석과 서식은 유지되지 않았습니다(이전 파일은 .bak으로 보관됨).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The previous file is kept as {backup}.</source>
        <translation>이전 파일은 {backup}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No free name in .env for {key}</source>
        <translation>.env에 {key}에 쓸 수 있는 이름이 없습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../core/compose/export_save.py" line="+86"/>
        <location line="+56"/>
        <location filename="../../core/swarm/ops.py" line="+78"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/compose/export_save.py" line="-78"/>
        <source>{path} exists already</source>
        <translation>{path}이(가) 이미 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the services to it, or choose another file name.</source>
        <translation>그 파일에 서비스를 추가하거나 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} does not exist</source>
        <translation>{path}이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing compose file, or export to a new one.</source>
        <translation>있는 compose 파일을 고르거나 새 파일로 내보내세요.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>{path} is not valid YAML (line {line}): {problem}</source>
        <translation>{path}은(는) 올바른 YAML이 아닙니다({line}번째 줄): {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the file first; nothing was changed.</source>
        <translation>먼저 파일을 고치세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top level</source>
        <translation>최상위</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a compose file (its {what} is not a mapping)</source>
        <translation>{path}은(는) compose 파일이 아닙니다({what}이(가) 매핑이 아님)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a compose file, or export to a new one.</source>
        <translation>compose 파일을 고르거나 새 파일로 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../core/compose/export_services.py" line="+87"/>
        <source>{service}: its image {image} is gone, so every setting it gave the container is written out.</source>
        <translation>{service}: 이미지 {image}이(가) 없어서, 이미지가 컨테이너에 준 설정까지 모두 적었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+344"/>
        <source>{service}: compose has no --rm; its container is kept when it exits.</source>
        <translation>{service}: compose에는 --rm이 없어서, 컨테이너가 종료된 뒤에도 남습니다.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>The container {ref} does not exist (any more)</source>
        <translation>컨테이너 {ref}이(가) (더 이상) 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It may have been removed meanwhile; choose another.</source>
        <translation>그사이 삭제되었을 수 있습니다. 다른 것을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../core/compose/files.py" line="+52"/>
        <source>Cannot save {path}: it is not a regular file</source>
        <translation>{path}을(를) 저장할 수 없습니다: 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file name.</source>
        <translation>다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot save {path}: {reason}</source>
        <translation>{path}을(를) 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That folder is on a read-only file system: choose another.</source>
        <translation>그 폴더는 읽기 전용 파일 시스템에 있습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not write in {folder}: choose another folder or change its rights.</source>
        <translation>{folder}에 쓸 권한이 없습니다. 다른 폴더를 고르거나 권한을 바꾸세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full: free some space and save again.</source>
        <translation>디스크가 가득 찼습니다. 공간을 비운 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file that was there is unchanged.</source>
        <translation>원래 있던 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../core/compose/output.py" line="+108"/>
        <source>{what} failed: port {address} is already in use</source>
        <translation>{what} 실패: 포트 {address}이(가) 이미 사용 중입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another program or container listens on {address}: stop it, or publish the service on another host port.</source>
        <translation>다른 프로그램이나 컨테이너가 {address}에서 대기 중입니다. 그것을 멈추거나 서비스를 다른 호스트 포트로 공개하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} failed: it needs paramiko to reach an engine over ssh</source>
        <translation>{what} 실패: ssh로 엔진에 연결하려면 paramiko가 필요합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install it (Debian/Ubuntu: sudo apt-get install python3-paramiko), or the docker compose plugin.</source>
        <translation>paramiko를 설치하거나(Debian/Ubuntu: sudo apt-get install python3-paramiko) docker compose 플러그인을 쓰세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} failed: the build step {step} failed: {error}</source>
        <translation>{what} 실패: 빌드 단계 {step}이(가) 실패했습니다: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix that step of the Dockerfile; its output is in the log.</source>
        <translation>Dockerfile의 해당 단계를 고치세요. 그 단계의 출력은 로그에 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} failed: {0} did not become healthy</source>
        <translation>{what} 실패: {0}이(가) 정상(healthy) 상태가 되지 않았습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its health check kept failing: look at its log and its health check.</source>
        <translation>헬스 체크가 계속 실패했습니다. 로그와 헬스 체크 설정을 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exit code {0}</source>
        <translation>종료 코드 {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} failed: {text}</source>
        <translation>{what} 실패: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full output of compose is in the log.</source>
        <translation>compose의 전체 출력은 로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../core/compose/problems.py" line="+59"/>
        <source>Correct the compose file at the place shown and try again.</source>
        <translation>표시된 위치에서 compose 파일을 고친 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invalid compose file</source>
        <translation>올바르지 않은 compose 파일</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>compose config failed without saying why</source>
        <translation>compose config가 이유를 알리지 않고 실패했습니다</translation>
    </message>
    <message>
        <location filename="../../core/docker/merged_logs.py" line="+193"/>
        <source>(container {id} removed: its log cannot be read)</source>
        <translation>(컨테이너 {id} 삭제됨: 로그를 읽을 수 없습니다)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No containers to show the logs of</source>
        <translation>로그를 보여 줄 컨테이너가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many containers for one log view ({count})</source>
        <translation>한 로그 보기에 컨테이너가 너무 많습니다 ({count}개)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at most {limit} containers.</source>
        <translation>컨테이너를 최대 {limit}개까지 고르세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read the logs</source>
        <translation>로그 읽기</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>(container {id} removed: no more lines from it)</source>
        <translation>(컨테이너 {id} 삭제됨: 더 이상 줄이 오지 않습니다)</translation>
    </message>
    <message>
        <location filename="../../core/swarm/errors.py" line="-89"/>
        <source>(none known)</source>
        <translation>(알려진 매니저 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This node is not a manager</source>
        <translation>이 노드는 매니저가 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swarm state is read and changed on a manager: open the engine of a manager ({managers}), or promote this node on a manager.</source>
        <translation>스웜 상태는 매니저에서 읽고 바꿉니다. 매니저의 엔진({managers})을 열거나, 매니저에서 이 노드를 승격하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This engine is not part of a swarm</source>
        <translation>이 엔진은 스웜에 속해 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialise a swarm on it, or join it to one.</source>
        <translation>이 엔진에서 스웜을 초기화하거나 기존 스웜에 참여시키세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demote it to a worker first. The last manager cannot be removed: leaving the swarm on it (with force) ends the swarm.</source>
        <translation>먼저 워커로 강등하세요. 마지막 매니저는 제거할 수 없습니다. 그 노드에서 (강제로) 스웜을 떠나면 스웜이 끝납니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promote another node to manager first.</source>
        <translation>먼저 다른 노드를 매니저로 승격하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drain it and stop its engine first, or force it.</source>
        <translation>먼저 드레인하고 엔진을 멈추거나, 강제로 하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaving with force on the last manager ends the swarm and loses its services, secrets and configs.</source>
        <translation>마지막 매니저에서 강제로 떠나면 스웜이 끝나고 서비스, 시크릿, 컨피그가 모두 사라집니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed it meanwhile: try again on the fresh state.</source>
        <translation>그 사이에 누군가 변경했습니다. 새 상태에서 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another name, or remove the existing one first.</source>
        <translation>다른 이름을 고르거나, 먼저 기존 것을 제거하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove it from those services first.</source>
        <translation>먼저 그 서비스들에서 빼세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use letters, digits and dashes only.</source>
        <translation>영문자, 숫자, 대시만 쓰세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the port in host mode, or use the vip endpoint mode.</source>
        <translation>포트를 host 모드로 게시하거나, vip 엔드포인트 모드를 쓰세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It may have been removed meanwhile; the list refreshes by itself.</source>
        <translation>그 사이에 제거되었을 수 있습니다. 목록은 저절로 새로 고쳐집니다.</translation>
    </message>
    <message>
        <location filename="../../core/swarm/ipvs.py" line="+69"/>
        <source>The engine&apos;s kernel{kernel} has no IPVS: ports published through the ingress network and the service&apos;s virtual IP do not work. Publish in host mode with endpoint mode dnsrr (on an overlay network) instead.</source>
        <translation>엔진의 커널{kernel}에 IPVS가 없습니다. ingress 네트워크로 게시한 포트와 서비스의 가상 IP는 동작하지 않습니다. 대신 (오버레이 네트워크에서) 엔드포인트 모드 dnsrr과 host 모드 게시를 쓰세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports published through the ingress network and the virtual IP need IPVS in the engine&apos;s kernel{kernel}: when it lacks IPVS (the engine&apos;s log says so at start), they do not answer. Host-mode publishing with endpoint mode dnsrr works without it.</source>
        <translation>ingress 네트워크로 게시한 포트와 가상 IP는 엔진 커널{kernel}의 IPVS가 필요합니다. IPVS가 없으면(엔진이 시작할 때 로그에 남깁니다) 응답하지 않습니다. 엔드포인트 모드 dnsrr과 host 모드 게시는 IPVS 없이도 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../core/swarm/logs.py" line="+134"/>
        <location line="+21"/>
        <source>read the service&apos;s logs</source>
        <translation>서비스 로그 읽기</translation>
    </message>
    <message>
        <location filename="../../core/swarm/ops.py" line="-752"/>
        <source>Unknown availability {value!r}</source>
        <translation>알 수 없는 가용성 {value!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Choose one of: {choices}.</source>
        <translation>다음 중 하나를 고르세요: {choices}.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Unknown role {value!r}</source>
        <translation>알 수 없는 역할 {value!r}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>update node {node}</source>
        <translation>노드 {node} 변경</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>remove node {node}</source>
        <translation>노드 {node} 제거</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Node {name} is {status}: only a node that is down can be removed</source>
        <translation>노드 {name}의 상태가 {status}입니다. down 상태인 노드만 제거할 수 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drain it and stop its engine (or make it leave the swarm) first, or remove it by force.</source>
        <translation>먼저 드레인하고 엔진을 멈추거나(또는 스웜을 떠나게 하거나), 강제로 제거하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{key!r} is not a label name</source>
        <translation>{key!r}은(는) 레이블 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label name is not empty and has no &apos;=&apos; or spaces around it.</source>
        <translation>레이블 이름은 비어 있지 않아야 하고 &apos;=&apos;나 앞뒤 공백이 없어야 합니다.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{what}: {value!r} is not one of {choices}</source>
        <translation>{what}: {value!r}은(는) {choices} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name!r} is not a valid service name</source>
        <translation>{name!r}은(는) 올바른 서비스 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters and digits, with dashes or underscores between (at most 63).</source>
        <translation>영문자와 숫자를 쓰고, 사이에 대시나 밑줄을 넣을 수 있습니다(최대 63자).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+318"/>
        <source>A service needs an image</source>
        <translation>서비스에는 이미지가 필요합니다</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+279"/>
        <source>Replicas cannot be negative</source>
        <translation>레플리카 수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Endpoint mode</source>
        <translation>엔드포인트 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart condition</source>
        <translation>재시작 조건</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish mode</source>
        <translation>게시 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{port} is not a port number</source>
        <translation>{port}은(는) 포트 번호가 아닙니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port {port} is published through the ingress network, which dnsrr cannot use</source>
        <translation>포트 {port}은(는) ingress 네트워크로 게시되는데, dnsrr에서는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish it in host mode, or use the vip endpoint mode.</source>
        <translation>host 모드로 게시하거나, vip 엔드포인트 모드를 쓰세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount type</source>
        <translation>마운트 종류</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mount target {target!r} is not an absolute path</source>
        <translation>마운트 대상 {target!r}이(가) 절대 경로가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A bind mount needs an absolute host path (not {source!r})</source>
        <translation>바인드 마운트에는 호스트의 절대 경로가 필요합니다({source!r}은(는) 아님)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+283"/>
        <source>{key!r} is not an environment variable name</source>
        <translation>{key!r}은(는) 환경 변수 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Parallelism and delay cannot be negative</source>
        <translation>병렬 수와 지연은 음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure action</source>
        <translation>실패 시 동작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update order</source>
        <translation>업데이트 순서</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text!r} is not a placement constraint</source>
        <translation>{text!r}은(는) 배치 제약이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it as node.role==worker or node.labels.zone!=a.</source>
        <translation>node.role==worker 또는 node.labels.zone!=a 처럼 쓰세요.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No secret named {names}</source>
        <translation>{names}(이)라는 시크릿이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No config named {names}</source>
        <translation>{names}(이)라는 컨피그가 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create it first (Configs and secrets), or pick one that exists.</source>
        <translation>먼저 만들거나(컨피그와 시크릿), 있는 것을 고르세요.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>create service {name}</source>
        <translation>서비스 {name} 만들기</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>scale service {name}</source>
        <translation>서비스 {name} 규모 조정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service {name} is global: it runs one task on each node and cannot be scaled</source>
        <translation>서비스 {name}은(는) global입니다. 노드마다 태스크를 하나씩 실행하므로 규모를 조정할 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit the nodes it runs on with placement constraints, or create a replicated service.</source>
        <translation>배치 제약으로 실행할 노드를 제한하거나, 복제(replicated) 서비스를 만드세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>update service {name}</source>
        <translation>서비스 {name} 업데이트</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>roll back service {name}</source>
        <translation>서비스 {name} 롤백</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service {name} has no previous version to roll back to</source>
        <translation>서비스 {name}에는 롤백할 이전 버전이 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a service that was updated can be rolled back.</source>
        <translation>업데이트한 적이 있는 서비스만 롤백할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove service {name}</source>
        <translation>서비스 {name} 제거</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to inspect of kind {kind}</source>
        <translation>{kind} 종류는 검사할 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspect {kind} {id}</source>
        <translation>{kind} {id} 검사</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The engine has several addresses and cannot choose which one to advertise</source>
        <translation>엔진에 주소가 여러 개 있어 어느 것을 알릴지 고를 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the address the other nodes reach it at: {addresses}.</source>
        <translation>다른 노드가 이 엔진에 닿는 주소를 고르세요: {addresses}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The engine cannot tell which address to advertise</source>
        <translation>엔진이 알릴 주소를 정할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the address the other nodes reach it at.</source>
        <translation>다른 노드가 이 엔진에 닿는 주소를 입력하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the engine&apos;s information</source>
        <translation>엔진 정보 읽기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>initialise the swarm</source>
        <translation>스웜 초기화</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This engine is already part of a swarm</source>
        <translation>이 엔진은 이미 스웜에 속해 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave that swarm first to start a new one.</source>
        <translation>새 스웜을 시작하려면 먼저 그 스웜을 떠나세요.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read the join tokens</source>
        <translation>참여 토큰 읽기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That is not a swarm join token</source>
        <translation>스웜 참여 토큰이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it from the manager: it starts with SWMTKN-1-.</source>
        <translation>매니저에서 복사하세요. SWMTKN-1-로 시작합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the address of a manager of the swarm</source>
        <translation>스웜 매니저의 주소를 입력하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join the swarm at {addr}</source>
        <translation>{addr}의 스웜에 참여</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>leave the swarm</source>
        <translation>스웜 떠나기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is the swarm&apos;s last manager: leaving ends the swarm for all its {nodes} nodes.</source>
        <translation>이 노드는 스웜의 마지막 매니저입니다. 떠나면 노드 {nodes}개 모두의 스웜이 끝납니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These services are lost: {names}.</source>
        <translation>다음 서비스가 사라집니다: {names}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its {secrets} secrets and {configs} configs are lost.</source>
        <translation>시크릿 {secrets}개와 컨피그 {configs}개가 사라집니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is one of {managers} managers: demote it first, or the swarm may lose its quorum.</source>
        <translation>매니저 {managers}개 중 하나입니다. 먼저 강등하지 않으면 스웜이 쿼럼을 잃을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Services running in the swarm: {names}.</source>
        <translation>스웜에서 실행 중인 서비스: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tasks running on this node stop: {tasks}.</source>
        <translation>이 노드에서 실행 중인 태스크가 멈춥니다: {tasks}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is larger than the engine takes (500 KB)</source>
        <translation>{path}은(는) 엔진이 받을 수 있는 크기(500 KB)보다 큽니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name!r} is not a valid secret name</source>
        <translation>{name!r}은(는) 올바른 시크릿 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name!r} is not a valid config name</source>
        <translation>{name!r}은(는) 올바른 컨피그 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secret is empty</source>
        <translation>시크릿이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The config is empty</source>
        <translation>컨피그가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret is larger than the engine takes (500 KB)</source>
        <translation>시크릿이 엔진이 받는 크기(500 KB)보다 큽니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The config is larger than the engine takes (500 KB)</source>
        <translation>컨피그가 엔진이 받는 크기(500 KB)보다 큽니다</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Use letters, digits, dots, dashes and underscores (at most 64).</source>
        <translation>영문자, 숫자, 점, 대시, 밑줄을 쓰세요(최대 64자).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>create config {name}</source>
        <translation>컨피그 {name} 만들기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create secret {name}</source>
        <translation>시크릿 {name} 만들기</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>remove config {name}</source>
        <translation>컨피그 {name} 제거</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove secret {name}</source>
        <translation>시크릿 {name} 제거</translation>
    </message>
    <message>
        <location filename="../../core/swarm/stacks.py" line="-75"/>
        <source>{name!r} is not a valid stack name</source>
        <translation>{name!r}은(는) 올바른 스택 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters, digits, dashes and underscores; start with a letter or digit.</source>
        <translation>영문자, 숫자, 대시, 밑줄을 쓰고, 영문자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The docker command is not installed</source>
        <translation>docker 명령이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stacks are deployed with docker stack deploy: install the Docker CLI (Debian/Ubuntu: sudo apt-get install docker.io).</source>
        <translation>스택은 docker stack deploy로 배포합니다. Docker CLI를 설치하세요(Debian/Ubuntu: sudo apt-get install docker.io).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>docker stack {verb} {name} failed: {reason}</source>
        <translation>docker stack {verb} {name} 실패: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The compose file {path} does not exist</source>
        <translation>compose 파일 {path}이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/swarm/state.py" line="+62"/>
        <source>read the tasks</source>
        <translation>태스크 읽기</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>This engine&apos;s API ({version}) is older than 1.30: no swarm events</source>
        <translation>이 엔진의 API({version})는 1.30보다 오래되어 스웜 이벤트가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the swarm views by hand, or update the engine.</source>
        <translation>스웜 화면을 직접 새로 고치거나, 엔진을 업데이트하세요.</translation>
    </message>
</context>
</TS>
