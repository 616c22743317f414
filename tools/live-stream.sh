# A live HLS test stream on 127.0.0.1, for `make demo` and the benchmark:
# ffmpeg writes it from a test source, tests/server/hls_dir_server.py
# serves it.
# Source this file, then:
#   live_stream_start DIR [TD]   sets LIVE_URL (the playlist) and LIVE_PIDS
#   live_stream_stop
# shellcheck shell=bash

live_stream_start() {
    local dir=$1 td=${2:-2} i root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    mkdir -p "$dir/hls"
    ffmpeg -nostdin -hide_banner -loglevel error -re \
        -f lavfi -i "testsrc=size=320x180:rate=25" -f lavfi -i "sine=frequency=440" \
        -c:v libx264 -preset ultrafast -tune zerolatency -g $((25 * td)) -c:a aac \
        -f hls -hls_time "$td" -hls_list_size 6 \
        -hls_flags delete_segments+program_date_time "$dir/hls/live.m3u8" \
        2>"$dir/ffmpeg.log" &
    LIVE_PIDS=$!
    # served over HTTP/1.1 with connections kept, as a CDN's edge does
    rm -f "$dir/port"
    python3 "$root/tests/server/hls_dir_server.py" "$dir/port" "$dir/hls" \
        2>"$dir/httpd.log" &
    LIVE_PIDS="$LIVE_PIDS $!"
    for ((i = 0; i < 100; i++)); do
        [ -s "$dir/port" ] && [ -s "$dir/hls/live.m3u8" ] && break
        sleep 0.1
    done
    if [ ! -s "$dir/port" ] || [ ! -s "$dir/hls/live.m3u8" ]; then
        echo "live stream: did not start (see $dir/ffmpeg.log, $dir/httpd.log)" >&2
        live_stream_stop
        return 1
    fi
    LIVE_URL=http://127.0.0.1:$(cat "$dir/port")/live.m3u8
    export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
}

live_stream_stop() {
    # shellcheck disable=SC2086
    kill $LIVE_PIDS 2>/dev/null || true
}

# live_ladder_start DIR [TD]: the same test source as a ladder (three
# variants, 320x180, 192x108 and 128x72, and a master playlist) served by
# tests/server/hls_dir_server.py behind a Qbrick-style document; sets
# LIVE_URL (the document), LIVE_BASE (the server) and LIVE_PIDS.
live_ladder_start() {
    local dir=$1 td=${2:-2} i root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    mkdir -p "$dir/hls"
    ffmpeg -nostdin -hide_banner -loglevel error -re \
        -f lavfi -i "testsrc=size=320x180:rate=25" \
        -filter_complex "[0:v]split=3[a][b][c];[b]scale=192:108[b2];[c]scale=128:72[c2]" \
        -map "[a]" -map "[b2]" -map "[c2]" \
        -c:v libx264 -preset ultrafast -tune zerolatency -g $((25 * td)) \
        -b:v:0 400k -b:v:1 200k -b:v:2 100k \
        -f hls -hls_time "$td" -hls_list_size 6 \
        -hls_flags delete_segments+program_date_time \
        -master_pl_name master.m3u8 -var_stream_map "v:0 v:1 v:2" \
        -hls_segment_filename "$dir/hls/v%v_%05d.ts" "$dir/hls/v%v.m3u8" \
        2>"$dir/ffmpeg.log" &
    LIVE_PIDS=$!
    rm -f "$dir/port"
    python3 "$root/tests/server/hls_dir_server.py" "$dir/port" "$dir/hls" \
        2>"$dir/httpd.log" &
    LIVE_PIDS="$LIVE_PIDS $!"
    for ((i = 0; i < 150; i++)); do
        [ -s "$dir/port" ] && [ -s "$dir/hls/master.m3u8" ] && [ -s "$dir/hls/v2.m3u8" ] && break
        sleep 0.1
    done
    if [ ! -s "$dir/port" ] || [ ! -s "$dir/hls/master.m3u8" ]; then
        echo "live ladder: did not start (see $dir/ffmpeg.log, $dir/httpd.log)" >&2
        live_stream_stop
        return 1
    fi
    LIVE_BASE=http://127.0.0.1:$(cat "$dir/port")
    LIVE_URL=$LIVE_BASE/api/v1/public/accounts/1/medias/ladder
    export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
}
