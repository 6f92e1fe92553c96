#!/usr/bin/env bash
# Side-by-side speed of LAMMPS and MDScape on LAMMPS's own bench/in.lj (32,000 LJ atoms, 100 steps).
# Runs, alternately and REPS times each: LAMMPS (1 process), LAMMPS with the OPT package (-sf opt),
# `mdscape bench lj-melt` with 1 thread and with 2 threads. Prints the median timesteps/s of each and
# the ratios. Absolute speeds on a shared machine are noise; the ratios, measured side by side, are not.
#
#   bench/compare-lammps.sh            # REPS=5, 100 steps
#   REPS=9 STEPS=100 bench/compare-lammps.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
reps=${REPS:-5}
steps=${STEPS:-100}

if ! command -v lmp >/dev/null 2>&1; then
  echo "compare-lammps: installing Debian's lammps package ..." >&2
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get install -y -q lammps >/dev/null || { $sudo_cmd apt-get update -q >/dev/null && $sudo_cmd apt-get install -y -q lammps >/dev/null; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/in.lj" <<LJ
# 3d Lennard-Jones melt (LAMMPS bench/in.lj)
variable        x index 1
variable        y index 1
variable        z index 1
variable        xx equal 20*\$x
variable        yy equal 20*\$y
variable        zz equal 20*\$z
units           lj
atom_style      atomic
lattice         fcc 0.8442
region          box block 0 \${xx} 0 \${yy} 0 \${zz}
create_box      1 box
create_atoms    1 box
mass            1 1.0
velocity        all create 1.44 87287 loop geom
pair_style      lj/cut 2.5
pair_coeff      1 1 1.0 1.0 2.5
neighbor        0.3 bin
neigh_modify    delay 0 every 20 check no
fix             1 all nve
run             $steps
LJ

# Build MDScape once, outside the timed runs.
"$root/mdscape" --version >/dev/null

lammps_rate() { # args: extra lmp flags; prints timesteps/s from "Loop time of T on 1 procs for S steps"
  (cd "$work" && OMP_NUM_THREADS=1 lmp "$@" -in in.lj -log none -screen loop.txt >/dev/null 2>&1)
  awk '/^Loop time of/ {printf "%.4f\n", $9 / $4}' "$work/loop.txt"
}
mdscape_rate() { # args: threads
  "$root/mdscape" bench lj-melt --threads "$1" --steps "$steps" | awk -F': ' '/"timestepsPerSecond"/ {gsub(/,/, "", $2); printf "%.4f\n", $2}'
}

declare -a plain opt one two
for ((r = 1; r <= reps; r++)); do
  plain+=("$(lammps_rate)")
  opt+=("$(lammps_rate -sf opt)")
  one+=("$(mdscape_rate 1)")
  two+=("$(mdscape_rate 2)")
  echo "round $r/$reps: lammps ${plain[-1]}  lammps-opt ${opt[-1]}  mdscape-1t ${one[-1]}  mdscape-2t ${two[-1]}  (timesteps/s)" >&2
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
m_plain=$(median "${plain[@]}"); m_opt=$(median "${opt[@]}"); m_one=$(median "${one[@]}"); m_two=$(median "${two[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
cat <<OUT
in.lj, 32000 atoms, $steps steps, $reps alternating rounds, $(nproc) cores: median timesteps/s
  LAMMPS (1 process)             $m_plain
  LAMMPS -sf opt (1 process)     $m_opt
  MDScape cpu, 1 thread          $m_one
  MDScape cpu, 2 threads         $m_two
ratios
  MDScape 1 thread / LAMMPS      $(ratio "$m_one" "$m_plain")
  MDScape 1 thread / LAMMPS-opt  $(ratio "$m_one" "$m_opt")   (goal >= 1)
  MDScape 2 threads / LAMMPS     $(ratio "$m_two" "$m_plain")
  MDScape 2 threads / LAMMPS-opt $(ratio "$m_two" "$m_opt")   (goal >= 1.8)
OUT
