# An OpenAI-compatible server that fails in one of the ways real ones do (for scripts/e2e/llm.sh):
#   malformed  200 with a body cut off mid-JSON     500   HTTP 500 in plain text
#   429        HTTP 429 with a JSON error           empty 200 with an empty body
#   truncated  a completion stopped at its token limit (finish_reason "length")
#   silent     accepts the connection, reads the request, never answers
# Prints its base URL, then serves until standard input closes.
import json
import socket
import sys
import threading

kind = sys.argv[1]
replies = {
    "malformed": (200, b'{"choices": [{"message": {"content": "{\\"findings'),
    "500": (500, b"Internal Server Error"),
    "429": (429, b'{"error": {"message": "rate limited"}}'),
    "empty": (200, b""),
    "truncated": (200, json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": '{"findings": [{"orig'},
                                                "finish_reason": "length"}]}).encode()),
}
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(64)
print(f"http://127.0.0.1:{listener.getsockname()[1]}/v1", flush=True)
held = []


def answer(client):
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = client.recv(65536)
        if not chunk:
            return
        request += chunk
    if kind == "silent":
        held.append(client)
        return
    status, body = replies[kind]
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    client.sendall(head.encode() + body)
    client.close()


def serve():
    while True:
        client, _ = listener.accept()
        threading.Thread(target=answer, args=(client,), daemon=True).start()


threading.Thread(target=serve, daemon=True).start()
sys.stdin.read()
