#!/usr/bin/env bash
# Side-by-side speed of LAMMPS and MDScape on the same systems:
#   lj           LAMMPS's own bench/in.lj (32,000 LJ atoms, 100 steps) vs `mdscape bench lj-melt`
#   electrolyte  the 424-ion confined electrolyte (PPPM 1e-4 + slab 3.0, walls, NVT; 2,000 timed steps
#                after 1,000 of warm-up) vs `mdscape bench electrolyte`
# Runs, alternately and REPS times each: LAMMPS (1 process), LAMMPS with the OPT package (-sf opt),
# MDScape with 1 thread and with 2 threads. Prints the median steps/s of each and the ratios.
# Absolute speeds on a shared machine are noise; the ratios, measured side by side, are not.
#
#   bench/compare-lammps.sh                  # both systems, REPS=5
#   REPS=9 bench/compare-lammps.sh lj        # one system
set -euo pipefail
which_systems=${1:-all}

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

# Build MDScape once, outside the timed runs.
"$root/mdscape" --version >/dev/null

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
lammps_rate() { # args: input file, extra lmp flags; steps/s of the LAST "Loop time of T on 1 procs for S steps"
  local input=$1; shift
  (cd "$work" && OMP_NUM_THREADS=1 lmp "$@" -in "$input" -log none -screen loop.txt >/dev/null 2>&1)
  awk '/^Loop time of/ {rate = $9 / $4} END {printf "%.4f\n", rate}' "$work/loop.txt"
}
json_number() { awk -F': ' -v key="\"$1\"" '$1 ~ key {gsub(/,/, "", $2); printf "%.4f\n", $2}'; }

compare() { # args: label, lammps input, mdscape bench arguments...
  local label=$1 input=$2; shift 2
  local -a plain=() opt=() one=() two=()
  for ((r = 1; r <= reps; r++)); do
    plain+=("$(lammps_rate "$input")")
    opt+=("$(lammps_rate "$input" -sf opt)")
    one+=("$("$root/mdscape" bench "$@" --threads 1 | json_number "$rate_key")")
    two+=("$("$root/mdscape" bench "$@" --threads 2 | json_number "$rate_key")")
    echo "$label round $r/$reps: lammps ${plain[-1]}  lammps-opt ${opt[-1]}  mdscape-1t ${one[-1]}  mdscape-2t ${two[-1]}" >&2
  done
  local m_plain m_opt m_one m_two
  m_plain=$(median "${plain[@]}"); m_opt=$(median "${opt[@]}"); m_one=$(median "${one[@]}"); m_two=$(median "${two[@]}")
  cat <<OUT
$label, $reps alternating rounds, $(nproc) cores: median steps/s
  LAMMPS (1 process)             $m_plain
  LAMMPS -sf opt (1 process)     $m_opt
  MDScape cpu, 1 thread          $m_one
  MDScape cpu, 2 threads         $m_two
ratios
  MDScape 1 thread / LAMMPS      $(ratio "$m_one" "$m_plain")
  MDScape 1 thread / LAMMPS-opt  $(ratio "$m_one" "$m_opt")
  MDScape 2 threads / LAMMPS     $(ratio "$m_two" "$m_plain")
  MDScape 2 threads / LAMMPS-opt $(ratio "$m_two" "$m_opt")
OUT
}

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

# The 424-ion electrolyte in reduced units (d = 0.714 nm = 1, k_BT = 1): L = 15.32 nm, h = 3 nm.
# Charges q with q^2 / 80 = l_B / d = 0.7007 / 0.714; walls: WCA with sigma = d/2 (the "standard" wall).
awk 'BEGIN {L = 21.456; n = 0
  print "424-ion confined electrolyte\n\n424 atoms\n2 atom types\n"
  print "0 " L " xlo xhi\n0 " L " ylo yhi\n-2.10084 2.10084 zlo zhi\n\nMasses\n\n1 1.0\n2 1.0\n\nAtoms # charge\n"
  for (k = 0; k < 3; k++) for (j = 0; j < 12; j++) for (i = 0; i < 12; i++) {
    if (n >= 424) break; n++; t = (n % 2) ? 1 : 2; q = (t == 1) ? 8.8606 : -8.8606
    printf "%d %d %.4f %.4f %.4f %.4f\n", n, t, q, (i + 0.5) * L / 12, (j + 0.5) * L / 12, -1.3 + 1.3 * k }}' \
  > "$work/data.electrolyte"
cat > "$work/in.electrolyte" <<'EL'
units           lj
atom_style      charge
boundary        p p f
read_data       data.electrolyte
dielectric      80
pair_style      lj/cut/coul/long 1.122462 8.0
pair_coeff      * * 1.0 1.0
pair_modify     shift yes
kspace_style    pppm 1.0e-4
kspace_modify   slab 3.0
fix             walls all wall/lj126 zlo EDGE 1.0 0.5 0.561231 zhi EDGE 1.0 0.5 0.561231
velocity        all create 1.0 4713
neighbor        0.3 bin
timestep        0.001
fix             nvt all nvt temp 1.0 1.0 0.1
thermo          1000
run             1000
run             2000
EL

if [ "$which_systems" = all ] || [ "$which_systems" = lj ]; then
  rate_key=timestepsPerSecond compare "in.lj (32,000 atoms, $steps steps)" in.lj lj-melt --steps "$steps"
fi
if [ "$which_systems" = all ] || [ "$which_systems" = electrolyte ]; then
  rate_key=stepsPerSecond compare "electrolyte (424 ions, 2,000 steps)" in.electrolyte electrolyte --steps 2000 --warmup 1000
fi
