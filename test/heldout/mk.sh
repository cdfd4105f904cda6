mkdir -p /tmp/hprompts
# usage: mk NAME "stack description" /tmp/heldoutN
mk() { local name=$1 desc=$2 dir=$3; mkdir -p "$dir"; sed "s#APPDIR#$dir/$name#g" "$(dirname "${BASH_SOURCE[0]}")/prompt.txt" > /tmp/hprompts/$name.txt; echo "$desc" >> /tmp/hprompts/$name.txt; echo "App folder: $dir/$name" >> /tmp/hprompts/$name.txt; }
