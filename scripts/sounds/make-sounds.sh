#!/usr/bin/env bash
# Makes Factsprint's sound effects: one audio sprite synthesised from scratch with sox, so no
# recording or downloaded file is involved and anyone can remake or change the sounds.
#
#   correct  answer right: a rising two-note chime, E5 then B5 (a fifth up), bell-like decay
#   wrong    answer wrong: a soft low buzz, two detuned sawtooths near D3, sinking a little
#   tick     last seconds of the timer: a short dry click, like a woodblock
#   timeup   time is up: one tone sliding down an octave, A5 to A4
#   finish   end of a round: a C major arpeggio, C5 E5 G5, the last note left to ring
#   button   any button press: a tiny upward blip
#
# Each sound is levelled to a target loudness (tick and button a little quieter, because they
# are frequent and should sit under the rest), the six are joined with 0.2 s of silence around
# each, and the sprite is encoded twice: Opus in WebM (small, for most browsers) and MP3 (for
# Safari versions without WebM). The offsets in sfx.json are measured from the files built
# here, so the map always matches the audio.
#
# Needs: sox and ffmpeg (Debian: apt-get install sox libsox-fmt-all ffmpeg).
# Usage:  bash scripts/sounds/make-sounds.sh        (from anywhere; writes assets/audio/)
#
# The output is deterministic: sox runs in repeatable mode, intermediates are 32-bit float (no
# dither noise), and ffmpeg writes bit-exact containers without dates, random IDs or tags. The
# same sox/ffmpeg/libopus/lame versions therefore give byte-identical files.
set -euo pipefail

for tool in sox soxi ffmpeg awk; do
  if ! command -v "$tool" > /dev/null; then
    echo "make-sounds: '$tool' is missing. On Debian: apt-get install sox libsox-fmt-all ffmpeg" >&2
    exit 1
  fi
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/assets/audio"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

RATE=48000   # Opus works at 48 kHz internally, so nothing is resampled on the main path
GAP=0.2      # silence around each sound: room for encoder delay and for a sound's tail
ORDER=(correct wrong tick timeup finish button)

# Every sox call: repeatable randomness, no dither, 32-bit float mono at RATE.
# (Multi-channel synthesis, one partial per channel, is mixed down with remix weights.)
RAW=(-r "$RATE" -e floating-point -b 32)
FMT=("${RAW[@]}" -c 1)
sx() { sox -R -D -V1 "$@"; }

# Sweeps below use sox's '-' (exponential, a steady number of semitones per second): its '/'
# form gives a flat DC signal instead of a tone for every wave but sine in sox 14.4.2.

calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# note OUT FREQ LEN [START] [DECAY_POWER]
# A bell-ish note: fundamental plus two quieter harmonics, a 4 ms attack, and a decay of
# (1 - t/LEN)^DECAY_POWER (each linear fade multiplies in one more power), which sounds like a
# struck bar rather than an organ. START pads silence in front so notes can be mixed in time.
note() {
  local file="$1" freq="$2" len="$3" start="${4:-0}" power="${5:-2}"
  local fades=() i
  for ((i = 0; i < power; i++)); do fades+=(fade t 0 "$len" "$len"); done
  sx -n "${RAW[@]}" -c 3 "$work/tmp3.wav" \
    synth "$len" sine "$freq" sine "$(calc "$freq * 2")" sine "$(calc "$freq * 3")"
  sx "$work/tmp3.wav" "${FMT[@]}" "$file" remix 1v0.62,2v0.26,3v0.07 \
    fade q 0.004 "${fades[@]}" pad "$start"
}

# fit IN OUT LEN: exactly LEN seconds long, so every duration is a whole number of milliseconds.
fit() { sx "$1" "${FMT[@]}" "$2" pad 0 1 trim 0 "$3"; }

# mix OUT IN...: sum the inputs (sox -m scales each by 1/n, which keeps clear of clipping).
mix() { local o="$1"; shift; sx -m "$@" "${FMT[@]}" "$o"; }

# --- the six sounds -------------------------------------------------------------------------

make_correct() {
  note "$work/c1.wav" 659.26 0.16 0 3     # E5, short
  note "$work/c2.wav" 987.77 0.33 0.09 2  # B5, enters before E5 has died, rings on
  mix "$work/c.wav" "$work/c1.wav" "$work/c2.wav"
  fit "$work/c.wav" "$1" 0.42
}

make_wrong() {
  # Two sawtooths a semitone apart beat against each other: clearly "no", but a low-pass
  # at 700 Hz takes off the harsh edge so it never sounds like an alarm.
  sx -n "${RAW[@]}" -c 2 "$work/w2.wav" synth 0.34 sawtooth 150-138 sawtooth 159-146
  sx "$work/w2.wav" "${FMT[@]}" "$work/w.wav" remix 1,2 lowpass -2 700 lowpass -2 900 \
    fade q 0.015 0.34 0.14
  fit "$work/w.wav" "$1" 0.34
}

make_tick() {
  # A woodblock is a high pitched knock that dies in a few tens of milliseconds: an
  # inharmonic pair of sines with a steep (1 - t)^4 decay over 50 ms, then silence.
  sx -n "${RAW[@]}" -c 2 "$work/t2.wav" synth 0.05 sine 1870 sine 2990
  sx "$work/t2.wav" "${FMT[@]}" "$work/t.wav" remix 1v0.7,2v0.3 fade q 0.001 \
    fade t 0 0.05 0.05 fade t 0 0.05 0.05 fade t 0 0.05 0.05 fade t 0 0.05 0.05
  fit "$work/t.wav" "$1" 0.09
}

make_timeup() {
  # A triangle wave (soft, flute-like) sliding down an octave at a steady musical rate.
  sx -n "${RAW[@]}" -c 2 "$work/u2.wav" synth 0.62 triangle 880-440 sine 1760-880
  sx "$work/u2.wav" "${FMT[@]}" "$work/u.wav" remix 1v0.8,2v0.2 lowpass 4000 \
    fade q 0.01 0.62 0.3
  fit "$work/u.wav" "$1" 0.62
}

make_finish() {
  note "$work/f1.wav" 523.25 0.20 0 3     # C5
  note "$work/f2.wav" 659.26 0.20 0.11 3  # E5
  note "$work/f3.wav" 783.99 0.58 0.22 2  # G5, the long one that ends the round
  mix "$work/f.wav" "$work/f1.wav" "$work/f2.wav" "$work/f3.wav"
  fit "$work/f.wav" "$1" 0.80
}

make_button() {
  sx -n "${FMT[@]}" "$work/b0.wav" synth 0.085 sine 1200-1600
  sx "$work/b0.wav" "${FMT[@]}" "$work/b.wav" fade q 0.002 fade t 0 0.085 0.085 fade t 0 0.085 0.085
  fit "$work/b.wav" "$1" 0.085
}

# --- loudness -------------------------------------------------------------------------------

# Each sound is levelled by its loudest 50 ms (RMS over a window sliding in 10 ms steps): that
# tracks how loud a short sound seems better than a whole-file average, which the quiet tail of
# a decay pulls down. (sox's own "RMS Pk dB" is not used: on clips this short it reports the
# whole-file RMS.)
declare -A TARGET=([correct]=-12 [wrong]=-13 [tick]=-17 [timeup]=-13 [finish]=-12 [button]=-18)
PEAK_CEILING=-1  # dBFS; keeps clear of clipping in the lossy encoders

# loudest_50ms FILE -> dBFS
loudest_50ms() {
  sox "$1" -t dat - | awk -v hop="$((RATE / 100))" '
    /^;/ { next }
    { block += $2 * $2; if (++n == hop) { e[nb++] = block; block = 0; n = 0 } }
    END {
      if (n > 0) e[nb++] = block
      best = 0
      for (i = 0; i < nb; i++) {
        sum = 0; for (j = i; j < i + 5 && j < nb; j++) sum += e[j]
        if (sum > best) best = sum
      }
      printf "%.3f", 10 * log(best / (5 * hop)) / log(10)
    }'
}

level() {
  local name="$1" in="$2" outfile="$3" loud peak gain
  loud="$(loudest_50ms "$in")"
  peak="$(sox "$in" -n stats 2>&1 | awk '/^Pk lev dB/ { print $4 }')"
  gain="$(awk -v t="${TARGET[$name]}" -v r="$loud" -v p="$peak" -v c="$PEAK_CEILING" \
    'BEGIN { g = t - r; if (p + g > c) g = c - p; printf "%.3f", g }')"
  sx "$in" "${FMT[@]}" "$outfile" gain "$gain"
}

# --- build ----------------------------------------------------------------------------------

sx -n "${FMT[@]}" "$work/gap.wav" trim 0 "$GAP"
parts=("$work/gap.wav")
for name in "${ORDER[@]}"; do
  "make_$name" "$work/raw-$name.wav"
  level "$name" "$work/raw-$name.wav" "$work/$name.wav"
  parts+=("$work/$name.wav" "$work/gap.wav")
done
sx "${parts[@]}" "${FMT[@]}" "$work/sprite.wav"

# The sprite map, measured in samples from the very files that were joined, then turned into
# milliseconds (every length above is a whole number of ms, so nothing is rounded away).
gap_samples="$(soxi -s "$work/gap.wav")"
pos="$gap_samples"
entries=()
for name in "${ORDER[@]}"; do
  len="$(soxi -s "$work/$name.wav")"
  entries+=("$(awk -v n="$name" -v s="$pos" -v l="$len" -v r="$RATE" \
    'BEGIN { printf "    \"%s\": [%d, %d]", n, s * 1000 / r + 0.5, l * 1000 / r + 0.5 }')")
  pos=$((pos + len + gap_samples))
done
total="$(soxi -s "$work/sprite.wav")"
if [[ "$pos" != "$total" ]]; then
  echo "make-sounds: offsets ($pos samples) do not match the sprite ($total samples)" >&2
  exit 1
fi

mkdir -p "$out"
# Bit-exact muxing leaves out the encoder version string, dates and random track UIDs.
quiet=(-hide_banner -loglevel error -y)
exact=(-fflags +bitexact -flags:a +bitexact -map_metadata -1)
ffmpeg "${quiet[@]}" -i "$work/sprite.wav" "${exact[@]}" -ac 1 -c:a libopus -b:a 24k -vbr on \
  -application audio -f webm "$out/sfx.webm"
ffmpeg "${quiet[@]}" -i "$work/sprite.wav" "${exact[@]}" -ac 1 -c:a libmp3lame -b:a 40k \
  -id3v2_version 0 -write_id3v1 0 -f mp3 "$out/sfx.mp3"

{
  echo '{'
  echo '  "sprite": {'
  last=$((${#entries[@]} - 1))
  for i in "${!entries[@]}"; do
    if ((i < last)); then echo "${entries[$i]},"; else echo "${entries[$i]}"; fi
  done
  echo '  },'
  echo '  "sources": "scripts/sounds/make-sounds.sh"'
  echo '}'
} > "$out/sfx.json"

echo "make-sounds: wrote assets/audio/sfx.webm ($(wc -c < "$out/sfx.webm") bytes)," \
  "sfx.mp3 ($(wc -c < "$out/sfx.mp3") bytes), sfx.json"
