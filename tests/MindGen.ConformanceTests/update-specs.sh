#!/usr/bin/env bash
# Copies the scenario descriptions ($TSP_HOME/spec-summary.md → scenarios.md, whose documented bodies the
# drivers read) and the OpenAPI documents that ../shared/tools/typespec/setup.sh compiled from Microsoft's TypeSpec HTTP
# scenarios ($TSP_OPENAPI, default /tmp/tsp-openapi/<area>/<version>/openapi[.<api-version>].yaml) into
# Specs/<V30|V31|V32>/<Area>/<Project>.yaml, the fixtures this project generates its clients from, so
# that building the tests never needs Node. Names are PascalCased (type/model/single-discriminator →
# Type/Model/SingleDiscriminator.yaml): each becomes the namespace of its client. Run it after a version
# bump of the suite and commit the result.
set -euo pipefail
TSP_OPENAPI="${TSP_OPENAPI:-/tmp/tsp-openapi}"
TSP_HOME="${TSP_HOME:-/tmp/tsp}"
cd "$(dirname "$0")"
cp "$TSP_HOME/spec-summary.md" scenarios.md
rm -rf Specs
python3 - "$TSP_OPENAPI" <<'PYTHON'
import pathlib, re, shutil, sys
source = pathlib.Path(sys.argv[1])
pascal = lambda text: "".join(part[:1].upper() + part[1:] for part in re.split(r"[-_.]", text) if part)
versions = {"3.0.0": "V30", "3.1.0": "V31", "3.2.0": "V32"}
count = 0
for document in sorted(source.glob("**/3.*/openapi*.yaml")):
    area = document.parent.parent.relative_to(source).parts
    api_version = document.name[len("openapi"):-len(".yaml")].lstrip(".")
    name = pascal(area[-1]) + ("_" + pascal(api_version.replace(".", "_")) if api_version else "")
    target = pathlib.Path("Specs", versions[document.parent.name], *map(pascal, area[:-1]), name + ".yaml")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(document, target)
    count += 1
print(f"{count} documents copied into Specs/")
PYTHON
