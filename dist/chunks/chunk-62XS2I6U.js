import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  readYAMLFile
} from "./chunk-VIMV3XDQ.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/schema/generated/config-validators.js
var validateManifest = validate10;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["name", "kind", "path", "digest", "license", "owner"], "properties": { "name": { "description": "The package or image name as the registry knows it.", "type": "string", "minLength": 1, "maxLength": 214 }, "kind": { "type": "string", "enum": ["npm", "pypi", "maven", "nuget", "container", "installer", "file"] }, "path": { "description": "Relative path of the built artifact (a file, or an OCI image layout folder for a container).", "type": "string", "minLength": 1, "maxLength": 1024 }, "digest": { "description": "sha256:<64 hex> or sha512:<128 hex> of the file (for a container, of its image manifest).", "type": "string", "pattern": "^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$" }, "license": { "description": "An SPDX licence expression.", "type": "string", "minLength": 1, "maxLength": 1024 }, "owner": { "description": "The owning team or person (@org/team, @user or an e-mail address).", "type": "string", "minLength": 1, "maxLength": 256 }, "coordinates": { "description": "Registry coordinates where the name alone is not enough: groupId:artifactId for Maven, repository/name for a container image.", "type": "string", "minLength": 1, "maxLength": 512 }, "version-file": { "description": "The project's own version source for this artifact: package.json, pyproject.toml, pom.xml or a .csproj.", "type": "string", "minLength": 1, "maxLength": 1024 }, "targets": { "description": "Registry names from policy.yaml this artifact is published to.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 128 }, "uniqueItems": true }, "compatibility": { "type": "object", "additionalProperties": false, "properties": { "os": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "arch": { "type": "array", "items": { "type": "string" }, "uniqueItems": true }, "runtime": { "description": 'A runtime and a version range, e.g. "node >=20" or "python >=3.9".', "type": "string", "maxLength": 256 } } }, "dependencies": { "type": "object", "additionalProperties": false, "properties": { "lockfile": { "description": "The lockfile that pins this artifact's dependencies.", "type": "string", "minLength": 1, "maxLength": 1024 }, "sbom": { "description": "An SBOM made by another tool, validated and annotated instead of generated.", "type": "string", "minLength": 1, "maxLength": 1024 }, "declared": { "description": "Packages the artifact is declared to ship (name@version or a purl); cross-checked against the SBOM.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "uniqueItems": true }, "first-party": { "description": "First-party or proprietary packages that must appear in the SBOM (name or purl).", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 1024 }, "uniqueItems": true }, "include-dev": { "description": "Also list development-only packages in the SBOM.", "type": "boolean" } } }, "export": { "description": "Export-control classification of the artifact.", "type": "object", "additionalProperties": false, "properties": { "eccn": { "type": "string", "pattern": "^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9.]+)?)$" }, "uses-encryption": { "type": "boolean" }, "classification-ticket": { "type": "string", "minLength": 1, "maxLength": 128 } } } } };
var pattern0 = new RegExp("^x-", "u");
var pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern2 = new RegExp("^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$", "u");
var pattern3 = new RegExp("^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9.]+)?)$", "u");
var func2 = (text) => [...text].length;
var func15 = Object.prototype.hasOwnProperty;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.release === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "release" }, message: "must have required property 'release'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifacts === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "release" || key0 === "artifacts" || pattern0.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.release !== void 0) {
      let data1 = data.release;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.id === void 0) {
          const err4 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err5 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "id" || key1 === "version" || key1 === "notes" || key1 === "tickets" || key1 === "tag-prefix" || key1 === "hotfix" || key1 === "override")) {
            const err6 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.id !== void 0) {
          let data2 = data1.id;
          if (typeof data2 === "string") {
            if (!pattern1.test(data2)) {
              const err7 = { instancePath: instancePath + "/release/id", schemaPath: "#/properties/release/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/release/id", schemaPath: "#/properties/release/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (func2(data3) > 128) {
              const err9 = { instancePath: instancePath + "/release/version", schemaPath: "#/properties/release/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err10 = { instancePath: instancePath + "/release/version", schemaPath: "#/properties/release/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/release/version", schemaPath: "#/properties/release/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.notes !== void 0) {
          let data4 = data1.notes;
          if (typeof data4 === "string") {
            if (func2(data4) > 2048) {
              const err12 = { instancePath: instancePath + "/release/notes", schemaPath: "#/properties/release/properties/notes/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err13 = { instancePath: instancePath + "/release/notes", schemaPath: "#/properties/release/properties/notes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/release/notes", schemaPath: "#/properties/release/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.tickets !== void 0) {
          let data5 = data1.tickets;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (func2(data6) > 128) {
                  const err15 = { instancePath: instancePath + "/release/tickets/" + i0, schemaPath: "#/properties/release/properties/tickets/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (func2(data6) < 1) {
                  const err16 = { instancePath: instancePath + "/release/tickets/" + i0, schemaPath: "#/properties/release/properties/tickets/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/release/tickets/" + i0, schemaPath: "#/properties/release/properties/tickets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data5[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err18 = { instancePath: instancePath + "/release/tickets", schemaPath: "#/properties/release/properties/tickets/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/release/tickets", schemaPath: "#/properties/release/properties/tickets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data1["tag-prefix"] !== void 0) {
          let data7 = data1["tag-prefix"];
          if (typeof data7 === "string") {
            if (func2(data7) > 128) {
              const err20 = { instancePath: instancePath + "/release/tag-prefix", schemaPath: "#/properties/release/properties/tag-prefix/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/release/tag-prefix", schemaPath: "#/properties/release/properties/tag-prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data1.hotfix !== void 0) {
          if (typeof data1.hotfix !== "boolean") {
            const err22 = { instancePath: instancePath + "/release/hotfix", schemaPath: "#/properties/release/properties/hotfix/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data1.override !== void 0) {
          let data9 = data1.override;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.reason === void 0) {
              const err23 = { instancePath: instancePath + "/release/override", schemaPath: "#/properties/release/properties/override/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.ticket === void 0) {
              const err24 = { instancePath: instancePath + "/release/override", schemaPath: "#/properties/release/properties/override/required", keyword: "required", params: { missingProperty: "ticket" }, message: "must have required property 'ticket'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data9.approvers === void 0) {
              const err25 = { instancePath: instancePath + "/release/override", schemaPath: "#/properties/release/properties/override/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "reason" || key2 === "ticket" || key2 === "approvers")) {
                const err26 = { instancePath: instancePath + "/release/override", schemaPath: "#/properties/release/properties/override/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.reason !== void 0) {
              let data10 = data9.reason;
              if (typeof data10 === "string") {
                if (func2(data10) > 2048) {
                  const err27 = { instancePath: instancePath + "/release/override/reason", schemaPath: "#/properties/release/properties/override/properties/reason/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (func2(data10) < 1) {
                  const err28 = { instancePath: instancePath + "/release/override/reason", schemaPath: "#/properties/release/properties/override/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/release/override/reason", schemaPath: "#/properties/release/properties/override/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.ticket !== void 0) {
              let data11 = data9.ticket;
              if (typeof data11 === "string") {
                if (func2(data11) > 128) {
                  const err30 = { instancePath: instancePath + "/release/override/ticket", schemaPath: "#/properties/release/properties/override/properties/ticket/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (func2(data11) < 1) {
                  const err31 = { instancePath: instancePath + "/release/override/ticket", schemaPath: "#/properties/release/properties/override/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/release/override/ticket", schemaPath: "#/properties/release/properties/override/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data9.approvers !== void 0) {
              let data12 = data9.approvers;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err33 = { instancePath: instancePath + "/release/override/approvers", schemaPath: "#/properties/release/properties/override/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                const len1 = data12.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (func2(data13) > 256) {
                      const err34 = { instancePath: instancePath + "/release/override/approvers/" + i2, schemaPath: "#/properties/release/properties/override/properties/approvers/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (func2(data13) < 1) {
                      const err35 = { instancePath: instancePath + "/release/override/approvers/" + i2, schemaPath: "#/properties/release/properties/override/properties/approvers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/release/override/approvers/" + i2, schemaPath: "#/properties/release/properties/override/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
              } else {
                const err37 = { instancePath: instancePath + "/release/override/approvers", schemaPath: "#/properties/release/properties/override/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/release/override", schemaPath: "#/properties/release/properties/override/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data14 = data.artifacts;
      if (Array.isArray(data14)) {
        if (data14.length > 1e3) {
          const err40 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data14.length < 1) {
          const err41 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data15 = data14[i3];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.name === void 0) {
              const err42 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data15.kind === void 0) {
              const err43 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data15.path === void 0) {
              const err44 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data15.digest === void 0) {
              const err45 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data15.license === void 0) {
              const err46 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "license" }, message: "must have required property 'license'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data15.owner === void 0) {
              const err47 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!func15.call(schema12.properties, key3)) {
                const err48 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data15.name !== void 0) {
              let data16 = data15.name;
              if (typeof data16 === "string") {
                if (func2(data16) > 214) {
                  const err49 = { instancePath: instancePath + "/artifacts/" + i3 + "/name", schemaPath: "#/definitions/artifact/properties/name/maxLength", keyword: "maxLength", params: { limit: 214 }, message: "must NOT have more than 214 characters" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (func2(data16) < 1) {
                  const err50 = { instancePath: instancePath + "/artifacts/" + i3 + "/name", schemaPath: "#/definitions/artifact/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/artifacts/" + i3 + "/name", schemaPath: "#/definitions/artifact/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data15.kind !== void 0) {
              let data17 = data15.kind;
              if (typeof data17 !== "string") {
                const err52 = { instancePath: instancePath + "/artifacts/" + i3 + "/kind", schemaPath: "#/definitions/artifact/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (!(data17 === "npm" || data17 === "pypi" || data17 === "maven" || data17 === "nuget" || data17 === "container" || data17 === "installer" || data17 === "file")) {
                const err53 = { instancePath: instancePath + "/artifacts/" + i3 + "/kind", schemaPath: "#/definitions/artifact/properties/kind/enum", keyword: "enum", params: { allowedValues: schema12.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data15.path !== void 0) {
              let data18 = data15.path;
              if (typeof data18 === "string") {
                if (func2(data18) > 1024) {
                  const err54 = { instancePath: instancePath + "/artifacts/" + i3 + "/path", schemaPath: "#/definitions/artifact/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (func2(data18) < 1) {
                  const err55 = { instancePath: instancePath + "/artifacts/" + i3 + "/path", schemaPath: "#/definitions/artifact/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/artifacts/" + i3 + "/path", schemaPath: "#/definitions/artifact/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data15.digest !== void 0) {
              let data19 = data15.digest;
              if (typeof data19 === "string") {
                if (!pattern2.test(data19)) {
                  const err57 = { instancePath: instancePath + "/artifacts/" + i3 + "/digest", schemaPath: "#/definitions/artifact/properties/digest/pattern", keyword: "pattern", params: { pattern: "^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$" }, message: 'must match pattern "^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$"' };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/artifacts/" + i3 + "/digest", schemaPath: "#/definitions/artifact/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data15.license !== void 0) {
              let data20 = data15.license;
              if (typeof data20 === "string") {
                if (func2(data20) > 1024) {
                  const err59 = { instancePath: instancePath + "/artifacts/" + i3 + "/license", schemaPath: "#/definitions/artifact/properties/license/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (func2(data20) < 1) {
                  const err60 = { instancePath: instancePath + "/artifacts/" + i3 + "/license", schemaPath: "#/definitions/artifact/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/artifacts/" + i3 + "/license", schemaPath: "#/definitions/artifact/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data15.owner !== void 0) {
              let data21 = data15.owner;
              if (typeof data21 === "string") {
                if (func2(data21) > 256) {
                  const err62 = { instancePath: instancePath + "/artifacts/" + i3 + "/owner", schemaPath: "#/definitions/artifact/properties/owner/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (func2(data21) < 1) {
                  const err63 = { instancePath: instancePath + "/artifacts/" + i3 + "/owner", schemaPath: "#/definitions/artifact/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/artifacts/" + i3 + "/owner", schemaPath: "#/definitions/artifact/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data15.coordinates !== void 0) {
              let data22 = data15.coordinates;
              if (typeof data22 === "string") {
                if (func2(data22) > 512) {
                  const err65 = { instancePath: instancePath + "/artifacts/" + i3 + "/coordinates", schemaPath: "#/definitions/artifact/properties/coordinates/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (func2(data22) < 1) {
                  const err66 = { instancePath: instancePath + "/artifacts/" + i3 + "/coordinates", schemaPath: "#/definitions/artifact/properties/coordinates/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/artifacts/" + i3 + "/coordinates", schemaPath: "#/definitions/artifact/properties/coordinates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data15["version-file"] !== void 0) {
              let data23 = data15["version-file"];
              if (typeof data23 === "string") {
                if (func2(data23) > 1024) {
                  const err68 = { instancePath: instancePath + "/artifacts/" + i3 + "/version-file", schemaPath: "#/definitions/artifact/properties/version-file/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (func2(data23) < 1) {
                  const err69 = { instancePath: instancePath + "/artifacts/" + i3 + "/version-file", schemaPath: "#/definitions/artifact/properties/version-file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/artifacts/" + i3 + "/version-file", schemaPath: "#/definitions/artifact/properties/version-file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data15.targets !== void 0) {
              let data24 = data15.targets;
              if (Array.isArray(data24)) {
                const len3 = data24.length;
                for (let i4 = 0; i4 < len3; i4++) {
                  let data25 = data24[i4];
                  if (typeof data25 === "string") {
                    if (func2(data25) > 128) {
                      const err71 = { instancePath: instancePath + "/artifacts/" + i3 + "/targets/" + i4, schemaPath: "#/definitions/artifact/properties/targets/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (func2(data25) < 1) {
                      const err72 = { instancePath: instancePath + "/artifacts/" + i3 + "/targets/" + i4, schemaPath: "#/definitions/artifact/properties/targets/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/artifacts/" + i3 + "/targets/" + i4, schemaPath: "#/definitions/artifact/properties/targets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                let i5 = data24.length;
                let j1;
                if (i5 > 1) {
                  const indices1 = {};
                  for (; i5--; ) {
                    let item1 = data24[i5];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err74 = { instancePath: instancePath + "/artifacts/" + i3 + "/targets", schemaPath: "#/definitions/artifact/properties/targets/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i5;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/artifacts/" + i3 + "/targets", schemaPath: "#/definitions/artifact/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data15.compatibility !== void 0) {
              let data26 = data15.compatibility;
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                for (const key4 in data26) {
                  if (!(key4 === "os" || key4 === "arch" || key4 === "runtime")) {
                    const err76 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility", schemaPath: "#/definitions/artifact/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data26.os !== void 0) {
                  let data27 = data26.os;
                  if (Array.isArray(data27)) {
                    const len4 = data27.length;
                    for (let i6 = 0; i6 < len4; i6++) {
                      if (typeof data27[i6] !== "string") {
                        const err77 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/os/" + i6, schemaPath: "#/definitions/artifact/properties/compatibility/properties/os/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    let i7 = data27.length;
                    let j2;
                    if (i7 > 1) {
                      const indices2 = {};
                      for (; i7--; ) {
                        let item2 = data27[i7];
                        if (typeof item2 !== "string") {
                          continue;
                        }
                        if (typeof indices2[item2] == "number") {
                          j2 = indices2[item2];
                          const err78 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/os", schemaPath: "#/definitions/artifact/properties/compatibility/properties/os/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                          break;
                        }
                        indices2[item2] = i7;
                      }
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/os", schemaPath: "#/definitions/artifact/properties/compatibility/properties/os/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data26.arch !== void 0) {
                  let data29 = data26.arch;
                  if (Array.isArray(data29)) {
                    const len5 = data29.length;
                    for (let i8 = 0; i8 < len5; i8++) {
                      if (typeof data29[i8] !== "string") {
                        const err80 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/arch/" + i8, schemaPath: "#/definitions/artifact/properties/compatibility/properties/arch/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    let i9 = data29.length;
                    let j3;
                    if (i9 > 1) {
                      const indices3 = {};
                      for (; i9--; ) {
                        let item3 = data29[i9];
                        if (typeof item3 !== "string") {
                          continue;
                        }
                        if (typeof indices3[item3] == "number") {
                          j3 = indices3[item3];
                          const err81 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/arch", schemaPath: "#/definitions/artifact/properties/compatibility/properties/arch/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                          break;
                        }
                        indices3[item3] = i9;
                      }
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/arch", schemaPath: "#/definitions/artifact/properties/compatibility/properties/arch/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data26.runtime !== void 0) {
                  let data31 = data26.runtime;
                  if (typeof data31 === "string") {
                    if (func2(data31) > 256) {
                      const err83 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/runtime", schemaPath: "#/definitions/artifact/properties/compatibility/properties/runtime/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility/runtime", schemaPath: "#/definitions/artifact/properties/compatibility/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/artifacts/" + i3 + "/compatibility", schemaPath: "#/definitions/artifact/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data15.dependencies !== void 0) {
              let data32 = data15.dependencies;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                for (const key5 in data32) {
                  if (!(key5 === "lockfile" || key5 === "sbom" || key5 === "declared" || key5 === "first-party" || key5 === "include-dev")) {
                    const err86 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies", schemaPath: "#/definitions/artifact/properties/dependencies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data32.lockfile !== void 0) {
                  let data33 = data32.lockfile;
                  if (typeof data33 === "string") {
                    if (func2(data33) > 1024) {
                      const err87 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/lockfile", schemaPath: "#/definitions/artifact/properties/dependencies/properties/lockfile/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                    if (func2(data33) < 1) {
                      const err88 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/lockfile", schemaPath: "#/definitions/artifact/properties/dependencies/properties/lockfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/lockfile", schemaPath: "#/definitions/artifact/properties/dependencies/properties/lockfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data32.sbom !== void 0) {
                  let data34 = data32.sbom;
                  if (typeof data34 === "string") {
                    if (func2(data34) > 1024) {
                      const err90 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/sbom", schemaPath: "#/definitions/artifact/properties/dependencies/properties/sbom/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                      if (vErrors === null) {
                        vErrors = [err90];
                      } else {
                        vErrors.push(err90);
                      }
                      errors++;
                    }
                    if (func2(data34) < 1) {
                      const err91 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/sbom", schemaPath: "#/definitions/artifact/properties/dependencies/properties/sbom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/sbom", schemaPath: "#/definitions/artifact/properties/dependencies/properties/sbom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data32.declared !== void 0) {
                  let data35 = data32.declared;
                  if (Array.isArray(data35)) {
                    const len6 = data35.length;
                    for (let i10 = 0; i10 < len6; i10++) {
                      let data36 = data35[i10];
                      if (typeof data36 === "string") {
                        if (func2(data36) > 1024) {
                          const err93 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/declared/" + i10, schemaPath: "#/definitions/artifact/properties/dependencies/properties/declared/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                        if (func2(data36) < 1) {
                          const err94 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/declared/" + i10, schemaPath: "#/definitions/artifact/properties/dependencies/properties/declared/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                        }
                      } else {
                        const err95 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/declared/" + i10, schemaPath: "#/definitions/artifact/properties/dependencies/properties/declared/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                    let i11 = data35.length;
                    let j4;
                    if (i11 > 1) {
                      const indices4 = {};
                      for (; i11--; ) {
                        let item4 = data35[i11];
                        if (typeof item4 !== "string") {
                          continue;
                        }
                        if (typeof indices4[item4] == "number") {
                          j4 = indices4[item4];
                          const err96 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/declared", schemaPath: "#/definitions/artifact/properties/dependencies/properties/declared/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err96];
                          } else {
                            vErrors.push(err96);
                          }
                          errors++;
                          break;
                        }
                        indices4[item4] = i11;
                      }
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/declared", schemaPath: "#/definitions/artifact/properties/dependencies/properties/declared/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data32["first-party"] !== void 0) {
                  let data37 = data32["first-party"];
                  if (Array.isArray(data37)) {
                    const len7 = data37.length;
                    for (let i12 = 0; i12 < len7; i12++) {
                      let data38 = data37[i12];
                      if (typeof data38 === "string") {
                        if (func2(data38) > 1024) {
                          const err98 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/first-party/" + i12, schemaPath: "#/definitions/artifact/properties/dependencies/properties/first-party/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                          if (vErrors === null) {
                            vErrors = [err98];
                          } else {
                            vErrors.push(err98);
                          }
                          errors++;
                        }
                        if (func2(data38) < 1) {
                          const err99 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/first-party/" + i12, schemaPath: "#/definitions/artifact/properties/dependencies/properties/first-party/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err99];
                          } else {
                            vErrors.push(err99);
                          }
                          errors++;
                        }
                      } else {
                        const err100 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/first-party/" + i12, schemaPath: "#/definitions/artifact/properties/dependencies/properties/first-party/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                    let i13 = data37.length;
                    let j5;
                    if (i13 > 1) {
                      const indices5 = {};
                      for (; i13--; ) {
                        let item5 = data37[i13];
                        if (typeof item5 !== "string") {
                          continue;
                        }
                        if (typeof indices5[item5] == "number") {
                          j5 = indices5[item5];
                          const err101 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/first-party", schemaPath: "#/definitions/artifact/properties/dependencies/properties/first-party/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i13 + " are identical)" };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                          break;
                        }
                        indices5[item5] = i13;
                      }
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/first-party", schemaPath: "#/definitions/artifact/properties/dependencies/properties/first-party/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data32["include-dev"] !== void 0) {
                  if (typeof data32["include-dev"] !== "boolean") {
                    const err103 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies/include-dev", schemaPath: "#/definitions/artifact/properties/dependencies/properties/include-dev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = { instancePath: instancePath + "/artifacts/" + i3 + "/dependencies", schemaPath: "#/definitions/artifact/properties/dependencies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data15.export !== void 0) {
              let data40 = data15.export;
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                for (const key6 in data40) {
                  if (!(key6 === "eccn" || key6 === "uses-encryption" || key6 === "classification-ticket")) {
                    const err105 = { instancePath: instancePath + "/artifacts/" + i3 + "/export", schemaPath: "#/definitions/artifact/properties/export/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data40.eccn !== void 0) {
                  let data41 = data40.eccn;
                  if (typeof data41 === "string") {
                    if (!pattern3.test(data41)) {
                      const err106 = { instancePath: instancePath + "/artifacts/" + i3 + "/export/eccn", schemaPath: "#/definitions/artifact/properties/export/properties/eccn/pattern", keyword: "pattern", params: { pattern: "^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9.]+)?)$" }, message: 'must match pattern "^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9.]+)?)$"' };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/artifacts/" + i3 + "/export/eccn", schemaPath: "#/definitions/artifact/properties/export/properties/eccn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data40["uses-encryption"] !== void 0) {
                  if (typeof data40["uses-encryption"] !== "boolean") {
                    const err108 = { instancePath: instancePath + "/artifacts/" + i3 + "/export/uses-encryption", schemaPath: "#/definitions/artifact/properties/export/properties/uses-encryption/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data40["classification-ticket"] !== void 0) {
                  let data43 = data40["classification-ticket"];
                  if (typeof data43 === "string") {
                    if (func2(data43) > 128) {
                      const err109 = { instancePath: instancePath + "/artifacts/" + i3 + "/export/classification-ticket", schemaPath: "#/definitions/artifact/properties/export/properties/classification-ticket/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                    if (func2(data43) < 1) {
                      const err110 = { instancePath: instancePath + "/artifacts/" + i3 + "/export/classification-ticket", schemaPath: "#/definitions/artifact/properties/export/properties/classification-ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/artifacts/" + i3 + "/export/classification-ticket", schemaPath: "#/definitions/artifact/properties/export/properties/classification-ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
              } else {
                const err112 = { instancePath: instancePath + "/artifacts/" + i3 + "/export", schemaPath: "#/definitions/artifact/properties/export/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
          } else {
            const err113 = { instancePath: instancePath + "/artifacts/" + i3, schemaPath: "#/definitions/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
      } else {
        const err114 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
  } else {
    const err115 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err115];
    } else {
      vErrors.push(err115);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatePolicy = validate11;
var schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy.schema.json", "title": "shipshape release policy (policy.yaml)", "description": "The organisation's release rules. Each section has its own schema file under policy/.", "type": "object", "additionalProperties": false, "patternProperties": { "^x-": {} }, "properties": { "$schema": { "type": "string" }, "versioning": { "$ref": "policy/versioning.schema.json" }, "licenses": { "$ref": "policy/licenses.schema.json" }, "vulnerabilities": { "$ref": "policy/vulnerabilities.schema.json" }, "exceptions": { "$ref": "policy/exceptions.schema.json" }, "signing": { "$ref": "policy/signing.schema.json" }, "registries": { "$ref": "policy/registries.schema.json" }, "export-control": { "$ref": "policy/export-control.schema.json" }, "sbom": { "$ref": "policy/sbom.schema.json" }, "escalation": { "$ref": "policy/escalation.schema.json" }, "credentials": { "$ref": "policy/credentials.schema.json" }, "regimes": { "description": "Regulatory regimes whose rule sets apply (policy-scan).", "type": "array", "items": { "type": "string", "enum": ["fedramp", "hipaa", "gdpr"] }, "uniqueItems": true } } };
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy/versioning.schema.json", "description": "How versions are chosen and checked (enforce-version).", "type": "object", "additionalProperties": false, "properties": { "scheme": { "description": "semver (the default), calver (calendar parts must match today), or hybrid (calendar parts and Conventional Commits both hold).", "type": "string", "enum": ["semver", "calver", "hybrid"] }, "format": { "description": "calver.org tokens (YYYY, YY, 0Y, MM, 0M, WW, 0W, DD, 0D, MAJOR, MINOR, MICRO) joined by . _ or -, e.g. YYYY.0M.MICRO; null for plain semver. A version may add a -modifier.", "type": ["string", "null"], "maxLength": 128 }, "tickets": { "description": "Regular expression (RE2 syntax, linear time) that every commit since the previous release must match with a ticket reference.", "type": "string", "minLength": 1, "maxLength": 512 }, "tag-prefix": { "description": "Prefix of release tags (default v; with v, bare versions such as 1.2.3 are accepted too). A release's own tag-prefix in release.yaml wins.", "type": "string", "maxLength": 128 }, "release-window": { "description": "calver and hybrid: how many days before today (UTC) the calendar parts of the version may name. 0 (the default) means today only.", "type": "integer", "minimum": 0, "maximum": 366 }, "incident": { "description": "Regular expression (RE2 syntax) every commit of a hotfix release (release.hotfix: true) must match with an incident reference.", "type": "string", "minLength": 1, "maxLength": 512 }, "github-issues": { "description": "Rules for #123 ticket references, checked against the repository's GitHub issues when a token is given.", "type": "object", "additionalProperties": false, "properties": { "require-labels": { "description": "Every referenced issue must carry each of these labels.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 128 }, "uniqueItems": true }, "forbid-labels": { "description": "No referenced issue may carry any of these labels.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 128 }, "uniqueItems": true }, "state": { "description": "The state a referenced issue must be in (default any).", "type": "string", "enum": ["open", "closed", "any"] } } } } };
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy/licenses.schema.json", "description": "Licence rules (policy-scan). Package licences are SPDX expressions: OR is met by any allowed branch, AND needs every part.", "type": "object", "additionalProperties": false, "properties": { "allow": { "description": "Allowed licences: single SPDX ids, optionally with + or WITH, or LicenseRef- names. Empty or absent: every licence not denied is allowed.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256 }, "uniqueItems": true }, "deny": { "description": "Denied licences; a package whose every alternative needs one of these fails with LICENSE_DENIED.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 256 }, "uniqueItems": true }, "unknown": { "description": "What a missing or unparseable licence does: fail (default) or warn.", "type": "string", "enum": ["fail", "warn"] }, "overrides": { "description": "Corrected licences for packages whose recorded licence is wrong, by package URL (with or without version).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["purl", "license", "reason"], "properties": { "purl": { "type": "string", "pattern": "^pkg:", "maxLength": 2048 }, "license": { "type": "string", "minLength": 1, "maxLength": 4096 }, "reason": { "type": "string", "minLength": 1 } } } } } };
var schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy/vulnerabilities.schema.json", "description": "Vulnerability gate (policy-scan).", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "description": "Lowest advisory severity that fails the gate (default high); none fails on no severity (denied ids still fail).", "type": "string", "enum": ["low", "moderate", "medium", "high", "critical", "none"] }, "advisories": { "description": "Folder of OSV .json files, or an OSV export archive (.zip, .tar.gz), relative to policy.yaml.", "type": "string", "minLength": 1 }, "fixable-only": { "description": "Fail only on advisories that name a fixed version; the others are warnings.", "type": "boolean" }, "osv-api": { "description": "Network use: also ask the OSV API about every scanned package. true for https://api.osv.dev, or the base URL of another OSV API; off by default (offline).", "oneOf": [{ "type": "boolean" }, { "type": "string", "pattern": "^https?://[^\\s]+$", "maxLength": 2e3 }] }, "deny": { "description": "Advisory ids (or aliases such as CVE ids) that fail the gate whatever their severity.", "type": "array", "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "uniqueItems": true } } };
var schema18 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy/signing.schema.json", "description": "Signing requirements (sign). Relative paths resolve against the policy file's folder.", "type": "object", "additionalProperties": false, "properties": { "methods": { "description": "Methods allowed, in order of preference; the first usable one signs when no method is given. Default: all four.", "type": "array", "items": { "type": "string", "enum": ["keyless", "key", "gpg", "pkcs11"] }, "uniqueItems": true, "minItems": 1 }, "require-hardware-key": { "description": "Refuse file and environment keys (method key): only pkcs11, a GPG key on a card, or keyless may sign. Default: false.", "type": "boolean" }, "min-remaining-days": { "description": "A signing key or certificate must stay valid for at least this many days after signing (keyless certificates excepted: they are checked against the signed timestamp). Default: 0.", "type": "integer", "minimum": 0, "maximum": 36500 }, "ca": { "description": "PEM bundle of CA certificates that X.509 signing certificates must chain to.", "type": "string", "minLength": 1 }, "identities": { "description": "Keyless identities allowed to sign: the OIDC issuer and the certificate subject (exact) or subject-pattern (a regular expression matched against the whole subject).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["issuer"], "properties": { "issuer": { "type": "string", "minLength": 1 }, "subject": { "type": "string", "minLength": 1 }, "subject-pattern": { "type": "string", "minLength": 1, "maxLength": 512 } }, "oneOf": [{ "required": ["subject"] }, { "required": ["subject-pattern"] }] } }, "keyless": { "description": "The Sigstore instance for keyless signing. Default: the public-good instance.", "type": "object", "additionalProperties": false, "properties": { "fulcio-url": { "type": "string", "pattern": "^https?://" }, "rekor-url": { "type": "string", "pattern": "^https?://" }, "tsa-url": { "type": "string", "pattern": "^https?://" }, "trusted-root": { "description": "Path of the instance's trusted_root.json, used to verify keyless bundles.", "type": "string", "minLength": 1 } } }, "pkcs11": { "description": "The PKCS#11 module and key used by method pkcs11.", "type": "object", "additionalProperties": false, "properties": { "module": { "type": "string", "minLength": 1 }, "slot": { "type": "integer", "minimum": 0 }, "token-label": { "description": "Label of the token to use when there is more than one.", "type": "string", "minLength": 1 }, "label": { "description": "Label of the key pair on the token.", "type": "string", "minLength": 1 }, "pin-env": { "description": "Name of the environment variable holding the user PIN. Default: PKCS11_PIN.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" } } }, "gpg": { "description": "The OpenPGP key used by method gpg.", "type": "object", "additionalProperties": false, "properties": { "key-id": { "description": "Fingerprint (preferred) or long key id of the signing key.", "type": "string", "pattern": "^(0x)?[0-9A-Fa-f]{16,40}$" }, "home": { "type": "string", "minLength": 1 } } } } };
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy/sbom.schema.json", "description": "SBOM generation settings and approved redactions (sbom).", "type": "object", "additionalProperties": false, "properties": { "format": { "description": "Default output format when --format is not given, or a list of formats to write in one run.", "oneOf": [{ "enum": ["cyclonedx", "spdx"] }, { "type": "array", "minItems": 1, "items": { "enum": ["cyclonedx", "spdx"] } }] }, "spec-version": { "description": "Default CycloneDX version (1.5 or 1.6) or SPDX version (2.3); it applies to the format it belongs to.", "enum": ["1.5", "1.6", "2.3"] }, "include-dev": { "description": "List development-only packages too (default false).", "type": "boolean" }, "allowed-hosts": { "description": "Hosts a lockfile may resolve packages from. Default: the public registries of npm, yarn, PyPI, Maven Central, Go and NuGet.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "redactions": { "description": "Approved exceptions that leave a first-party or proprietary package out of the SBOM.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["package", "reason", "approvers", "expires"], "properties": { "package": { "description": "Package name or purl without version.", "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 }, "approvers": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "expires": { "description": "Last day the redaction applies (YYYY-MM-DD).", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } } } } };
var schema26 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.shipshape.dev/policy/escalation.schema.json", "description": "Where and how soon blockers are escalated to their owners (status, escalate).", "type": "object", "additionalProperties": false, "properties": { "after-hours": { "description": "Hours a blocking finding may stay open (counted from the journal time it first appeared) before it is escalated. 0 escalates at once.", "type": "number", "minimum": 0, "maximum": 8760 }, "expiry-warning-days": { "description": "Exceptions expiring within this many days are listed in the status (default 14).", "type": "integer", "minimum": 0, "maximum": 3650 }, "default-owner": { "description": 'Owner of a blocker whose finding and artifact name none, e.g. "@acme/release".', "type": "string", "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, "github-issues": { "description": "One issue per blocking finding in the repository, found again by its fingerprint.", "type": "object", "additionalProperties": false, "properties": { "labels": { "description": 'Labels added beside "shipshape".', "type": "array", "maxItems": 20, "items": { "type": "string", "minLength": 1, "maxLength": 50 } }, "mention-owners": { "description": "Mention the owning team in the issue body.", "type": "boolean" }, "max-per-run": { "description": "Issues created or updated per run at most (default 30); the rest wait for the next run.", "type": "integer", "minimum": 1, "maximum": 1e3 } } }, "webhooks": { "type": "array", "maxItems": 10, "items": { "type": "object", "additionalProperties": false, "required": ["url-env"], "properties": { "url-env": { "description": "Name of the environment variable that holds the webhook URL (a secret). Never the URL itself.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "format": { "type": "string", "enum": ["slack", "teams", "json"] } } } } } };
var pattern5 = new RegExp("^pkg:", "u");
var pattern6 = new RegExp("^https?://[^\\s]+$", "u");
var pattern8 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}(T.+)?$", "u");
var pattern9 = new RegExp("^https?://", "u");
var pattern12 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern13 = new RegExp("^(0x)?[0-9A-Fa-f]{16,40}$", "u");
var pattern17 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var pattern18 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", "u");
var schema20 = { "type": "object", "additionalProperties": false, "required": ["kind", "url", "environment"], "properties": { "kind": { "type": "string", "enum": ["npm", "pypi", "maven", "nuget", "container"] }, "url": { "type": "string", "minLength": 1, "description": "Base URL: the npm registry, the OCI registry (https://host), the Maven repository root, the PyPI index base (https://pypi.org) or the NuGet service index (\u2026/index.json).", "pattern": "^https?://" }, "environment": { "type": "string", "minLength": 1, "description": "The environment this registry belongs to (staging, production, \u2026); a dry run reads only the credentials of registries of the environment it probes." }, "credentials": { "description": "Name of the environment variable holding the credential (user:secret where a user is needed). Never a value.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "expected-identity": { "description": "The account the credential must authenticate as (npm /-/whoami), checked by credential hygiene (status).", "type": "string", "minLength": 1 }, "user": { "description": "User name for registries that log in with one (Maven, container). When set, the credentials variable holds the secret alone; otherwise it holds user:secret.", "type": "string", "minLength": 1, "maxLength": 256 } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern1.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.kind === void 0) {
          const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/registry/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.url === void 0) {
          const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/registry/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.environment === void 0) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/registry/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === "kind" || key2 === "url" || key2 === "environment" || key2 === "credentials" || key2 === "expected-identity" || key2 === "user")) {
            const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/registry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.kind !== void 0) {
          let data1 = data0.kind;
          if (typeof data1 !== "string") {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/kind", schemaPath: "#/definitions/registry/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data1 === "npm" || data1 === "pypi" || data1 === "maven" || data1 === "nuget" || data1 === "container")) {
            const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/kind", schemaPath: "#/definitions/registry/properties/kind/enum", keyword: "enum", params: { allowedValues: schema20.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          let data2 = data0.url;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/definitions/registry/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern9.test(data2)) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/definitions/registry/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/definitions/registry/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.environment !== void 0) {
          let data3 = data0.environment;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/definitions/registry/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/definitions/registry/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.credentials !== void 0) {
          let data4 = data0.credentials;
          if (typeof data4 === "string") {
            if (!pattern12.test(data4)) {
              const err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/credentials", schemaPath: "#/definitions/registry/properties/credentials/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/credentials", schemaPath: "#/definitions/registry/properties/credentials/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0["expected-identity"] !== void 0) {
          let data5 = data0["expected-identity"];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err15 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/expected-identity", schemaPath: "#/definitions/registry/properties/expected-identity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/expected-identity", schemaPath: "#/definitions/registry/properties/expected-identity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.user !== void 0) {
          let data6 = data0.user;
          if (typeof data6 === "string") {
            if (func2(data6) > 256) {
              const err17 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", schemaPath: "#/definitions/registry/properties/user/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err18 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", schemaPath: "#/definitions/registry/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/user", schemaPath: "#/definitions/registry/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/registry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "require-classification" || key0 === "allowed-eccns" || key0 === "ticket-pattern" || key0 === "registry-regions" || key0 === "allowed-regions" || key0 === "approved-signing-algorithms" || key0 === "regime-regions")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["require-classification"] !== void 0) {
      if (typeof data["require-classification"] !== "boolean") {
        const err1 = { instancePath: instancePath + "/require-classification", schemaPath: "#/properties/require-classification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["allowed-eccns"] !== void 0) {
      let data1 = data["allowed-eccns"];
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err2 = { instancePath: instancePath + "/allowed-eccns/" + i0, schemaPath: "#/properties/allowed-eccns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/allowed-eccns/" + i0, schemaPath: "#/properties/allowed-eccns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err4 = { instancePath: instancePath + "/allowed-eccns", schemaPath: "#/properties/allowed-eccns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/allowed-eccns", schemaPath: "#/properties/allowed-eccns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data["ticket-pattern"] !== void 0) {
      let data3 = data["ticket-pattern"];
      if (typeof data3 === "string") {
        if (func2(data3) > 512) {
          const err6 = { instancePath: instancePath + "/ticket-pattern", schemaPath: "#/properties/ticket-pattern/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err7 = { instancePath: instancePath + "/ticket-pattern", schemaPath: "#/properties/ticket-pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/ticket-pattern", schemaPath: "#/properties/ticket-pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["registry-regions"] !== void 0) {
      let data4 = data["registry-regions"];
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err9 = { instancePath: instancePath + "/registry-regions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/registry-regions/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/registry-regions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/registry-regions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/registry-regions", schemaPath: "#/properties/registry-regions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data["allowed-regions"] !== void 0) {
      let data6 = data["allowed-regions"];
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err12 = { instancePath: instancePath + "/allowed-regions/" + i2, schemaPath: "#/properties/allowed-regions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/allowed-regions/" + i2, schemaPath: "#/properties/allowed-regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        let i3 = data6.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data6[i3];
            if (typeof item1 !== "string") {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err14 = { instancePath: instancePath + "/allowed-regions", schemaPath: "#/properties/allowed-regions/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/allowed-regions", schemaPath: "#/properties/allowed-regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["approved-signing-algorithms"] !== void 0) {
      let data8 = data["approved-signing-algorithms"];
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data9 = data8[i4];
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err16 = { instancePath: instancePath + "/approved-signing-algorithms/" + i4, schemaPath: "#/properties/approved-signing-algorithms/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/approved-signing-algorithms/" + i4, schemaPath: "#/properties/approved-signing-algorithms/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        let i5 = data8.length;
        let j2;
        if (i5 > 1) {
          const indices2 = {};
          for (; i5--; ) {
            let item2 = data8[i5];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j2 = indices2[item2];
              const err18 = { instancePath: instancePath + "/approved-signing-algorithms", schemaPath: "#/properties/approved-signing-algorithms/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
              break;
            }
            indices2[item2] = i5;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/approved-signing-algorithms", schemaPath: "#/properties/approved-signing-algorithms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data["regime-regions"] !== void 0) {
      let data10 = data["regime-regions"];
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key2 in data10) {
          if (!(key2 === "fedramp" || key2 === "hipaa" || key2 === "gdpr")) {
            const err20 = { instancePath: instancePath + "/regime-regions", schemaPath: "#/properties/regime-regions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data10.fedramp !== void 0) {
          let data11 = data10.fedramp;
          if (Array.isArray(data11)) {
            const len3 = data11.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data12 = data11[i6];
              if (typeof data12 === "string") {
                if (func2(data12) < 1) {
                  const err21 = { instancePath: instancePath + "/regime-regions/fedramp/" + i6, schemaPath: "#/definitions/regions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/regime-regions/fedramp/" + i6, schemaPath: "#/definitions/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            let i7 = data11.length;
            let j3;
            if (i7 > 1) {
              const indices3 = {};
              for (; i7--; ) {
                let item3 = data11[i7];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err23 = { instancePath: instancePath + "/regime-regions/fedramp", schemaPath: "#/definitions/regions/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i7;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/regime-regions/fedramp", schemaPath: "#/definitions/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data10.hipaa !== void 0) {
          let data13 = data10.hipaa;
          if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data14 = data13[i8];
              if (typeof data14 === "string") {
                if (func2(data14) < 1) {
                  const err25 = { instancePath: instancePath + "/regime-regions/hipaa/" + i8, schemaPath: "#/definitions/regions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/regime-regions/hipaa/" + i8, schemaPath: "#/definitions/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            let i9 = data13.length;
            let j4;
            if (i9 > 1) {
              const indices4 = {};
              for (; i9--; ) {
                let item4 = data13[i9];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err27 = { instancePath: instancePath + "/regime-regions/hipaa", schemaPath: "#/definitions/regions/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i9;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/regime-regions/hipaa", schemaPath: "#/definitions/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.gdpr !== void 0) {
          let data15 = data10.gdpr;
          if (Array.isArray(data15)) {
            const len5 = data15.length;
            for (let i10 = 0; i10 < len5; i10++) {
              let data16 = data15[i10];
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err29 = { instancePath: instancePath + "/regime-regions/gdpr/" + i10, schemaPath: "#/definitions/regions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/regime-regions/gdpr/" + i10, schemaPath: "#/definitions/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            let i11 = data15.length;
            let j5;
            if (i11 > 1) {
              const indices5 = {};
              for (; i11--; ) {
                let item5 = data15[i11];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err31 = { instancePath: instancePath + "/regime-regions/gdpr", schemaPath: "#/definitions/regions/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i11;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/regime-regions/gdpr", schemaPath: "#/definitions/regions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/regime-regions", schemaPath: "#/properties/regime-regions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func15.call(schema13.properties, key0) || pattern0.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.versioning !== void 0) {
      let data1 = data.versioning;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "scheme" || key1 === "format" || key1 === "tickets" || key1 === "tag-prefix" || key1 === "release-window" || key1 === "incident" || key1 === "github-issues")) {
            const err2 = { instancePath: instancePath + "/versioning", schemaPath: "policy/versioning.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.scheme !== void 0) {
          let data2 = data1.scheme;
          if (typeof data2 !== "string") {
            const err3 = { instancePath: instancePath + "/versioning/scheme", schemaPath: "policy/versioning.schema.json/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (!(data2 === "semver" || data2 === "calver" || data2 === "hybrid")) {
            const err4 = { instancePath: instancePath + "/versioning/scheme", schemaPath: "policy/versioning.schema.json/properties/scheme/enum", keyword: "enum", params: { allowedValues: schema14.properties.scheme.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.format !== void 0) {
          let data3 = data1.format;
          if (typeof data3 !== "string" && data3 !== null) {
            const err5 = { instancePath: instancePath + "/versioning/format", schemaPath: "policy/versioning.schema.json/properties/format/type", keyword: "type", params: { type: schema14.properties.format.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (typeof data3 === "string") {
            if (func2(data3) > 128) {
              const err6 = { instancePath: instancePath + "/versioning/format", schemaPath: "policy/versioning.schema.json/properties/format/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
        if (data1.tickets !== void 0) {
          let data4 = data1.tickets;
          if (typeof data4 === "string") {
            if (func2(data4) > 512) {
              const err7 = { instancePath: instancePath + "/versioning/tickets", schemaPath: "policy/versioning.schema.json/properties/tickets/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/versioning/tickets", schemaPath: "policy/versioning.schema.json/properties/tickets/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/versioning/tickets", schemaPath: "policy/versioning.schema.json/properties/tickets/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data1["tag-prefix"] !== void 0) {
          let data5 = data1["tag-prefix"];
          if (typeof data5 === "string") {
            if (func2(data5) > 128) {
              const err10 = { instancePath: instancePath + "/versioning/tag-prefix", schemaPath: "policy/versioning.schema.json/properties/tag-prefix/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/versioning/tag-prefix", schemaPath: "policy/versioning.schema.json/properties/tag-prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1["release-window"] !== void 0) {
          let data6 = data1["release-window"];
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
            const err12 = { instancePath: instancePath + "/versioning/release-window", schemaPath: "policy/versioning.schema.json/properties/release-window/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data6 == "number") {
            if (data6 > 366 || isNaN(data6)) {
              const err13 = { instancePath: instancePath + "/versioning/release-window", schemaPath: "policy/versioning.schema.json/properties/release-window/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6 < 0 || isNaN(data6)) {
              const err14 = { instancePath: instancePath + "/versioning/release-window", schemaPath: "policy/versioning.schema.json/properties/release-window/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data1.incident !== void 0) {
          let data7 = data1.incident;
          if (typeof data7 === "string") {
            if (func2(data7) > 512) {
              const err15 = { instancePath: instancePath + "/versioning/incident", schemaPath: "policy/versioning.schema.json/properties/incident/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data7) < 1) {
              const err16 = { instancePath: instancePath + "/versioning/incident", schemaPath: "policy/versioning.schema.json/properties/incident/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/versioning/incident", schemaPath: "policy/versioning.schema.json/properties/incident/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1["github-issues"] !== void 0) {
          let data8 = data1["github-issues"];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
              if (!(key2 === "require-labels" || key2 === "forbid-labels" || key2 === "state")) {
                const err18 = { instancePath: instancePath + "/versioning/github-issues", schemaPath: "policy/versioning.schema.json/properties/github-issues/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data8["require-labels"] !== void 0) {
              let data9 = data8["require-labels"];
              if (Array.isArray(data9)) {
                const len0 = data9.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data10 = data9[i0];
                  if (typeof data10 === "string") {
                    if (func2(data10) > 128) {
                      const err19 = { instancePath: instancePath + "/versioning/github-issues/require-labels/" + i0, schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/require-labels/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    if (func2(data10) < 1) {
                      const err20 = { instancePath: instancePath + "/versioning/github-issues/require-labels/" + i0, schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/require-labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  } else {
                    const err21 = { instancePath: instancePath + "/versioning/github-issues/require-labels/" + i0, schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/require-labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                let i1 = data9.length;
                let j0;
                if (i1 > 1) {
                  const indices0 = {};
                  for (; i1--; ) {
                    let item0 = data9[i1];
                    if (typeof item0 !== "string") {
                      continue;
                    }
                    if (typeof indices0[item0] == "number") {
                      j0 = indices0[item0];
                      const err22 = { instancePath: instancePath + "/versioning/github-issues/require-labels", schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/require-labels/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                      break;
                    }
                    indices0[item0] = i1;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/versioning/github-issues/require-labels", schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/require-labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8["forbid-labels"] !== void 0) {
              let data11 = data8["forbid-labels"];
              if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data12 = data11[i2];
                  if (typeof data12 === "string") {
                    if (func2(data12) > 128) {
                      const err24 = { instancePath: instancePath + "/versioning/github-issues/forbid-labels/" + i2, schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/forbid-labels/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    if (func2(data12) < 1) {
                      const err25 = { instancePath: instancePath + "/versioning/github-issues/forbid-labels/" + i2, schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/forbid-labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/versioning/github-issues/forbid-labels/" + i2, schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/forbid-labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                let i3 = data11.length;
                let j1;
                if (i3 > 1) {
                  const indices1 = {};
                  for (; i3--; ) {
                    let item1 = data11[i3];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err27 = { instancePath: instancePath + "/versioning/github-issues/forbid-labels", schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/forbid-labels/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i3;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/versioning/github-issues/forbid-labels", schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/forbid-labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data8.state !== void 0) {
              let data13 = data8.state;
              if (typeof data13 !== "string") {
                const err29 = { instancePath: instancePath + "/versioning/github-issues/state", schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (!(data13 === "open" || data13 === "closed" || data13 === "any")) {
                const err30 = { instancePath: instancePath + "/versioning/github-issues/state", schemaPath: "policy/versioning.schema.json/properties/github-issues/properties/state/enum", keyword: "enum", params: { allowedValues: schema14.properties["github-issues"].properties.state.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/versioning/github-issues", schemaPath: "policy/versioning.schema.json/properties/github-issues/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/versioning", schemaPath: "policy/versioning.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.licenses !== void 0) {
      let data14 = data.licenses;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "allow" || key3 === "deny" || key3 === "unknown" || key3 === "overrides")) {
            const err33 = { instancePath: instancePath + "/licenses", schemaPath: "policy/licenses.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data14.allow !== void 0) {
          let data15 = data14.allow;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data16 = data15[i4];
              if (typeof data16 === "string") {
                if (func2(data16) > 256) {
                  const err34 = { instancePath: instancePath + "/licenses/allow/" + i4, schemaPath: "policy/licenses.schema.json/properties/allow/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (func2(data16) < 1) {
                  const err35 = { instancePath: instancePath + "/licenses/allow/" + i4, schemaPath: "policy/licenses.schema.json/properties/allow/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/licenses/allow/" + i4, schemaPath: "policy/licenses.schema.json/properties/allow/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            let i5 = data15.length;
            let j2;
            if (i5 > 1) {
              const indices2 = {};
              for (; i5--; ) {
                let item2 = data15[i5];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err37 = { instancePath: instancePath + "/licenses/allow", schemaPath: "policy/licenses.schema.json/properties/allow/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i5;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/licenses/allow", schemaPath: "policy/licenses.schema.json/properties/allow/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.deny !== void 0) {
          let data17 = data14.deny;
          if (Array.isArray(data17)) {
            const len3 = data17.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data18 = data17[i6];
              if (typeof data18 === "string") {
                if (func2(data18) > 256) {
                  const err39 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "policy/licenses.schema.json/properties/deny/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (func2(data18) < 1) {
                  const err40 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "policy/licenses.schema.json/properties/deny/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/licenses/deny/" + i6, schemaPath: "policy/licenses.schema.json/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            let i7 = data17.length;
            let j3;
            if (i7 > 1) {
              const indices3 = {};
              for (; i7--; ) {
                let item3 = data17[i7];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err42 = { instancePath: instancePath + "/licenses/deny", schemaPath: "policy/licenses.schema.json/properties/deny/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i7;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/licenses/deny", schemaPath: "policy/licenses.schema.json/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data14.unknown !== void 0) {
          let data19 = data14.unknown;
          if (typeof data19 !== "string") {
            const err44 = { instancePath: instancePath + "/licenses/unknown", schemaPath: "policy/licenses.schema.json/properties/unknown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (!(data19 === "fail" || data19 === "warn")) {
            const err45 = { instancePath: instancePath + "/licenses/unknown", schemaPath: "policy/licenses.schema.json/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema15.properties.unknown.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data14.overrides !== void 0) {
          let data20 = data14.overrides;
          if (Array.isArray(data20)) {
            const len4 = data20.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data21 = data20[i8];
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.purl === void 0) {
                  const err46 = { instancePath: instancePath + "/licenses/overrides/" + i8, schemaPath: "policy/licenses.schema.json/properties/overrides/items/required", keyword: "required", params: { missingProperty: "purl" }, message: "must have required property 'purl'" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                if (data21.license === void 0) {
                  const err47 = { instancePath: instancePath + "/licenses/overrides/" + i8, schemaPath: "policy/licenses.schema.json/properties/overrides/items/required", keyword: "required", params: { missingProperty: "license" }, message: "must have required property 'license'" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (data21.reason === void 0) {
                  const err48 = { instancePath: instancePath + "/licenses/overrides/" + i8, schemaPath: "policy/licenses.schema.json/properties/overrides/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                for (const key4 in data21) {
                  if (!(key4 === "purl" || key4 === "license" || key4 === "reason")) {
                    const err49 = { instancePath: instancePath + "/licenses/overrides/" + i8, schemaPath: "policy/licenses.schema.json/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data21.purl !== void 0) {
                  let data22 = data21.purl;
                  if (typeof data22 === "string") {
                    if (func2(data22) > 2048) {
                      const err50 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/purl", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/purl/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    if (!pattern5.test(data22)) {
                      const err51 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/purl", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/purl/pattern", keyword: "pattern", params: { pattern: "^pkg:" }, message: 'must match pattern "^pkg:"' };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/purl", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/purl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data21.license !== void 0) {
                  let data23 = data21.license;
                  if (typeof data23 === "string") {
                    if (func2(data23) > 4096) {
                      const err53 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/license", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/license/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (func2(data23) < 1) {
                      const err54 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/license", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/license/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/license", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data21.reason !== void 0) {
                  let data24 = data21.reason;
                  if (typeof data24 === "string") {
                    if (func2(data24) < 1) {
                      const err56 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/reason", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/licenses/overrides/" + i8 + "/reason", schemaPath: "policy/licenses.schema.json/properties/overrides/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
              } else {
                const err58 = { instancePath: instancePath + "/licenses/overrides/" + i8, schemaPath: "policy/licenses.schema.json/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/licenses/overrides", schemaPath: "policy/licenses.schema.json/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/licenses", schemaPath: "policy/licenses.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.vulnerabilities !== void 0) {
      let data25 = data.vulnerabilities;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key5 in data25) {
          if (!(key5 === "fail-on" || key5 === "advisories" || key5 === "fixable-only" || key5 === "osv-api" || key5 === "deny")) {
            const err61 = { instancePath: instancePath + "/vulnerabilities", schemaPath: "policy/vulnerabilities.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data25["fail-on"] !== void 0) {
          let data26 = data25["fail-on"];
          if (typeof data26 !== "string") {
            const err62 = { instancePath: instancePath + "/vulnerabilities/fail-on", schemaPath: "policy/vulnerabilities.schema.json/properties/fail-on/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (!(data26 === "low" || data26 === "moderate" || data26 === "medium" || data26 === "high" || data26 === "critical" || data26 === "none")) {
            const err63 = { instancePath: instancePath + "/vulnerabilities/fail-on", schemaPath: "policy/vulnerabilities.schema.json/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema16.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data25.advisories !== void 0) {
          let data27 = data25.advisories;
          if (typeof data27 === "string") {
            if (func2(data27) < 1) {
              const err64 = { instancePath: instancePath + "/vulnerabilities/advisories", schemaPath: "policy/vulnerabilities.schema.json/properties/advisories/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = { instancePath: instancePath + "/vulnerabilities/advisories", schemaPath: "policy/vulnerabilities.schema.json/properties/advisories/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data25["fixable-only"] !== void 0) {
          if (typeof data25["fixable-only"] !== "boolean") {
            const err66 = { instancePath: instancePath + "/vulnerabilities/fixable-only", schemaPath: "policy/vulnerabilities.schema.json/properties/fixable-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data25["osv-api"] !== void 0) {
          let data29 = data25["osv-api"];
          const _errs69 = errors;
          let valid23 = false;
          let passing0 = null;
          const _errs70 = errors;
          if (typeof data29 !== "boolean") {
            const err67 = { instancePath: instancePath + "/vulnerabilities/osv-api", schemaPath: "policy/vulnerabilities.schema.json/properties/osv-api/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var _valid0 = _errs70 === errors;
          if (_valid0) {
            valid23 = true;
            passing0 = 0;
          }
          const _errs72 = errors;
          if (typeof data29 === "string") {
            if (func2(data29) > 2e3) {
              const err68 = { instancePath: instancePath + "/vulnerabilities/osv-api", schemaPath: "policy/vulnerabilities.schema.json/properties/osv-api/oneOf/1/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (!pattern6.test(data29)) {
              const err69 = { instancePath: instancePath + "/vulnerabilities/osv-api", schemaPath: "policy/vulnerabilities.schema.json/properties/osv-api/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: 'must match pattern "^https?://[^\\s]+$"' };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/vulnerabilities/osv-api", schemaPath: "policy/vulnerabilities.schema.json/properties/osv-api/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          var _valid0 = _errs72 === errors;
          if (_valid0 && valid23) {
            valid23 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid23 = true;
              passing0 = 1;
            }
          }
          if (!valid23) {
            const err71 = { instancePath: instancePath + "/vulnerabilities/osv-api", schemaPath: "policy/vulnerabilities.schema.json/properties/osv-api/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          } else {
            errors = _errs69;
            if (vErrors !== null) {
              if (_errs69) {
                vErrors.length = _errs69;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data25.deny !== void 0) {
          let data30 = data25.deny;
          if (Array.isArray(data30)) {
            const len5 = data30.length;
            for (let i9 = 0; i9 < len5; i9++) {
              let data31 = data30[i9];
              if (typeof data31 === "string") {
                if (func2(data31) > 200) {
                  const err72 = { instancePath: instancePath + "/vulnerabilities/deny/" + i9, schemaPath: "policy/vulnerabilities.schema.json/properties/deny/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                if (func2(data31) < 1) {
                  const err73 = { instancePath: instancePath + "/vulnerabilities/deny/" + i9, schemaPath: "policy/vulnerabilities.schema.json/properties/deny/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/vulnerabilities/deny/" + i9, schemaPath: "policy/vulnerabilities.schema.json/properties/deny/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            let i10 = data30.length;
            let j4;
            if (i10 > 1) {
              const indices4 = {};
              for (; i10--; ) {
                let item4 = data30[i10];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err75 = { instancePath: instancePath + "/vulnerabilities/deny", schemaPath: "policy/vulnerabilities.schema.json/properties/deny/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i10 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i10;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/vulnerabilities/deny", schemaPath: "policy/vulnerabilities.schema.json/properties/deny/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/vulnerabilities", schemaPath: "policy/vulnerabilities.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data32 = data.exceptions;
      if (Array.isArray(data32)) {
        const len6 = data32.length;
        for (let i11 = 0; i11 < len6; i11++) {
          let data33 = data32[i11];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.id === void 0) {
              const err78 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data33.scope === void 0) {
              const err79 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data33.reason === void 0) {
              const err80 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data33.owner === void 0) {
              const err81 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data33.approvers === void 0) {
              const err82 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data33.expires === void 0) {
              const err83 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            for (const key6 in data33) {
              if (!(key6 === "id" || key6 === "scope" || key6 === "reason" || key6 === "owner" || key6 === "approvers" || key6 === "expires")) {
                const err84 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data33.id !== void 0) {
              let data34 = data33.id;
              if (typeof data34 === "string") {
                if (func2(data34) > 200) {
                  const err85 = { instancePath: instancePath + "/exceptions/" + i11 + "/id", schemaPath: "policy/exceptions.schema.json/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (func2(data34) < 1) {
                  const err86 = { instancePath: instancePath + "/exceptions/" + i11 + "/id", schemaPath: "policy/exceptions.schema.json/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/exceptions/" + i11 + "/id", schemaPath: "policy/exceptions.schema.json/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data33.scope !== void 0) {
              let data35 = data33.scope;
              if (typeof data35 === "string") {
                if (func2(data35) > 2048) {
                  const err88 = { instancePath: instancePath + "/exceptions/" + i11 + "/scope", schemaPath: "policy/exceptions.schema.json/items/properties/scope/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (!pattern5.test(data35)) {
                  const err89 = { instancePath: instancePath + "/exceptions/" + i11 + "/scope", schemaPath: "policy/exceptions.schema.json/items/properties/scope/pattern", keyword: "pattern", params: { pattern: "^pkg:" }, message: 'must match pattern "^pkg:"' };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/exceptions/" + i11 + "/scope", schemaPath: "policy/exceptions.schema.json/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data33.reason !== void 0) {
              let data36 = data33.reason;
              if (typeof data36 === "string") {
                if (func2(data36) < 1) {
                  const err91 = { instancePath: instancePath + "/exceptions/" + i11 + "/reason", schemaPath: "policy/exceptions.schema.json/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/exceptions/" + i11 + "/reason", schemaPath: "policy/exceptions.schema.json/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data33.owner !== void 0) {
              let data37 = data33.owner;
              if (typeof data37 === "string") {
                if (func2(data37) < 1) {
                  const err93 = { instancePath: instancePath + "/exceptions/" + i11 + "/owner", schemaPath: "policy/exceptions.schema.json/items/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/exceptions/" + i11 + "/owner", schemaPath: "policy/exceptions.schema.json/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data33.approvers !== void 0) {
              let data38 = data33.approvers;
              if (Array.isArray(data38)) {
                const len7 = data38.length;
                for (let i12 = 0; i12 < len7; i12++) {
                  let data39 = data38[i12];
                  if (typeof data39 === "string") {
                    if (func2(data39) < 1) {
                      const err95 = { instancePath: instancePath + "/exceptions/" + i11 + "/approvers/" + i12, schemaPath: "policy/exceptions.schema.json/items/properties/approvers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/exceptions/" + i11 + "/approvers/" + i12, schemaPath: "policy/exceptions.schema.json/items/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/exceptions/" + i11 + "/approvers", schemaPath: "policy/exceptions.schema.json/items/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data33.expires !== void 0) {
              let data40 = data33.expires;
              if (typeof data40 === "string") {
                if (!pattern8.test(data40)) {
                  const err98 = { instancePath: instancePath + "/exceptions/" + i11 + "/expires", schemaPath: "policy/exceptions.schema.json/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T.+)?$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T.+)?$"' };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              } else {
                const err99 = { instancePath: instancePath + "/exceptions/" + i11 + "/expires", schemaPath: "policy/exceptions.schema.json/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
          } else {
            const err100 = { instancePath: instancePath + "/exceptions/" + i11, schemaPath: "policy/exceptions.schema.json/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
      } else {
        const err101 = { instancePath: instancePath + "/exceptions", schemaPath: "policy/exceptions.schema.json/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.signing !== void 0) {
      let data41 = data.signing;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key7 in data41) {
          if (!(key7 === "methods" || key7 === "require-hardware-key" || key7 === "min-remaining-days" || key7 === "ca" || key7 === "identities" || key7 === "keyless" || key7 === "pkcs11" || key7 === "gpg")) {
            const err102 = { instancePath: instancePath + "/signing", schemaPath: "policy/signing.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data41.methods !== void 0) {
          let data42 = data41.methods;
          if (Array.isArray(data42)) {
            if (data42.length < 1) {
              const err103 = { instancePath: instancePath + "/signing/methods", schemaPath: "policy/signing.schema.json/properties/methods/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
            const len8 = data42.length;
            for (let i13 = 0; i13 < len8; i13++) {
              let data43 = data42[i13];
              if (typeof data43 !== "string") {
                const err104 = { instancePath: instancePath + "/signing/methods/" + i13, schemaPath: "policy/signing.schema.json/properties/methods/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              if (!(data43 === "keyless" || data43 === "key" || data43 === "gpg" || data43 === "pkcs11")) {
                const err105 = { instancePath: instancePath + "/signing/methods/" + i13, schemaPath: "policy/signing.schema.json/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema18.properties.methods.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            let i14 = data42.length;
            let j5;
            if (i14 > 1) {
              const indices5 = {};
              for (; i14--; ) {
                let item5 = data42[i14];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err106 = { instancePath: instancePath + "/signing/methods", schemaPath: "policy/signing.schema.json/properties/methods/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i14 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i14;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/signing/methods", schemaPath: "policy/signing.schema.json/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data41["require-hardware-key"] !== void 0) {
          if (typeof data41["require-hardware-key"] !== "boolean") {
            const err108 = { instancePath: instancePath + "/signing/require-hardware-key", schemaPath: "policy/signing.schema.json/properties/require-hardware-key/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data41["min-remaining-days"] !== void 0) {
          let data45 = data41["min-remaining-days"];
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
            const err109 = { instancePath: instancePath + "/signing/min-remaining-days", schemaPath: "policy/signing.schema.json/properties/min-remaining-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
          if (typeof data45 == "number") {
            if (data45 > 36500 || isNaN(data45)) {
              const err110 = { instancePath: instancePath + "/signing/min-remaining-days", schemaPath: "policy/signing.schema.json/properties/min-remaining-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 36500 }, message: "must be <= 36500" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data45 < 0 || isNaN(data45)) {
              const err111 = { instancePath: instancePath + "/signing/min-remaining-days", schemaPath: "policy/signing.schema.json/properties/min-remaining-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
          }
        }
        if (data41.ca !== void 0) {
          let data46 = data41.ca;
          if (typeof data46 === "string") {
            if (func2(data46) < 1) {
              const err112 = { instancePath: instancePath + "/signing/ca", schemaPath: "policy/signing.schema.json/properties/ca/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          } else {
            const err113 = { instancePath: instancePath + "/signing/ca", schemaPath: "policy/signing.schema.json/properties/ca/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data41.identities !== void 0) {
          let data47 = data41.identities;
          if (Array.isArray(data47)) {
            const len9 = data47.length;
            for (let i15 = 0; i15 < len9; i15++) {
              let data48 = data47[i15];
              const _errs116 = errors;
              let valid40 = false;
              let passing1 = null;
              const _errs117 = errors;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.subject === void 0) {
                  const err114 = { instancePath: instancePath + "/signing/identities/" + i15, schemaPath: "policy/signing.schema.json/properties/identities/items/oneOf/0/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs117 === errors;
              if (_valid1) {
                valid40 = true;
                passing1 = 0;
              }
              const _errs118 = errors;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48["subject-pattern"] === void 0) {
                  const err115 = { instancePath: instancePath + "/signing/identities/" + i15, schemaPath: "policy/signing.schema.json/properties/identities/items/oneOf/1/required", keyword: "required", params: { missingProperty: "subject-pattern" }, message: "must have required property 'subject-pattern'" };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs118 === errors;
              if (_valid1 && valid40) {
                valid40 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid40 = true;
                  passing1 = 1;
                }
              }
              if (!valid40) {
                const err116 = { instancePath: instancePath + "/signing/identities/" + i15, schemaPath: "policy/signing.schema.json/properties/identities/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              } else {
                errors = _errs116;
                if (vErrors !== null) {
                  if (_errs116) {
                    vErrors.length = _errs116;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.issuer === void 0) {
                  const err117 = { instancePath: instancePath + "/signing/identities/" + i15, schemaPath: "policy/signing.schema.json/properties/identities/items/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property 'issuer'" };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
                for (const key8 in data48) {
                  if (!(key8 === "issuer" || key8 === "subject" || key8 === "subject-pattern")) {
                    const err118 = { instancePath: instancePath + "/signing/identities/" + i15, schemaPath: "policy/signing.schema.json/properties/identities/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data48.issuer !== void 0) {
                  let data49 = data48.issuer;
                  if (typeof data49 === "string") {
                    if (func2(data49) < 1) {
                      const err119 = { instancePath: instancePath + "/signing/identities/" + i15 + "/issuer", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/issuer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/signing/identities/" + i15 + "/issuer", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data48.subject !== void 0) {
                  let data50 = data48.subject;
                  if (typeof data50 === "string") {
                    if (func2(data50) < 1) {
                      const err121 = { instancePath: instancePath + "/signing/identities/" + i15 + "/subject", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/signing/identities/" + i15 + "/subject", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data48["subject-pattern"] !== void 0) {
                  let data51 = data48["subject-pattern"];
                  if (typeof data51 === "string") {
                    if (func2(data51) > 512) {
                      const err123 = { instancePath: instancePath + "/signing/identities/" + i15 + "/subject-pattern", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/subject-pattern/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters" };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (func2(data51) < 1) {
                      const err124 = { instancePath: instancePath + "/signing/identities/" + i15 + "/subject-pattern", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/subject-pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                  } else {
                    const err125 = { instancePath: instancePath + "/signing/identities/" + i15 + "/subject-pattern", schemaPath: "policy/signing.schema.json/properties/identities/items/properties/subject-pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
              } else {
                const err126 = { instancePath: instancePath + "/signing/identities/" + i15, schemaPath: "policy/signing.schema.json/properties/identities/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
          } else {
            const err127 = { instancePath: instancePath + "/signing/identities", schemaPath: "policy/signing.schema.json/properties/identities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data41.keyless !== void 0) {
          let data52 = data41.keyless;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key9 in data52) {
              if (!(key9 === "fulcio-url" || key9 === "rekor-url" || key9 === "tsa-url" || key9 === "trusted-root")) {
                const err128 = { instancePath: instancePath + "/signing/keyless", schemaPath: "policy/signing.schema.json/properties/keyless/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data52["fulcio-url"] !== void 0) {
              let data53 = data52["fulcio-url"];
              if (typeof data53 === "string") {
                if (!pattern9.test(data53)) {
                  const err129 = { instancePath: instancePath + "/signing/keyless/fulcio-url", schemaPath: "policy/signing.schema.json/properties/keyless/properties/fulcio-url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              } else {
                const err130 = { instancePath: instancePath + "/signing/keyless/fulcio-url", schemaPath: "policy/signing.schema.json/properties/keyless/properties/fulcio-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data52["rekor-url"] !== void 0) {
              let data54 = data52["rekor-url"];
              if (typeof data54 === "string") {
                if (!pattern9.test(data54)) {
                  const err131 = { instancePath: instancePath + "/signing/keyless/rekor-url", schemaPath: "policy/signing.schema.json/properties/keyless/properties/rekor-url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/signing/keyless/rekor-url", schemaPath: "policy/signing.schema.json/properties/keyless/properties/rekor-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data52["tsa-url"] !== void 0) {
              let data55 = data52["tsa-url"];
              if (typeof data55 === "string") {
                if (!pattern9.test(data55)) {
                  const err133 = { instancePath: instancePath + "/signing/keyless/tsa-url", schemaPath: "policy/signing.schema.json/properties/keyless/properties/tsa-url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              } else {
                const err134 = { instancePath: instancePath + "/signing/keyless/tsa-url", schemaPath: "policy/signing.schema.json/properties/keyless/properties/tsa-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
            if (data52["trusted-root"] !== void 0) {
              let data56 = data52["trusted-root"];
              if (typeof data56 === "string") {
                if (func2(data56) < 1) {
                  const err135 = { instancePath: instancePath + "/signing/keyless/trusted-root", schemaPath: "policy/signing.schema.json/properties/keyless/properties/trusted-root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              } else {
                const err136 = { instancePath: instancePath + "/signing/keyless/trusted-root", schemaPath: "policy/signing.schema.json/properties/keyless/properties/trusted-root/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/signing/keyless", schemaPath: "policy/signing.schema.json/properties/keyless/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
        if (data41.pkcs11 !== void 0) {
          let data57 = data41.pkcs11;
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            for (const key10 in data57) {
              if (!(key10 === "module" || key10 === "slot" || key10 === "token-label" || key10 === "label" || key10 === "pin-env")) {
                const err138 = { instancePath: instancePath + "/signing/pkcs11", schemaPath: "policy/signing.schema.json/properties/pkcs11/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data57.module !== void 0) {
              let data58 = data57.module;
              if (typeof data58 === "string") {
                if (func2(data58) < 1) {
                  const err139 = { instancePath: instancePath + "/signing/pkcs11/module", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/module/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              } else {
                const err140 = { instancePath: instancePath + "/signing/pkcs11/module", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data57.slot !== void 0) {
              let data59 = data57.slot;
              if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)))) {
                const err141 = { instancePath: instancePath + "/signing/pkcs11/slot", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/slot/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
              if (typeof data59 == "number") {
                if (data59 < 0 || isNaN(data59)) {
                  const err142 = { instancePath: instancePath + "/signing/pkcs11/slot", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/slot/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              }
            }
            if (data57["token-label"] !== void 0) {
              let data60 = data57["token-label"];
              if (typeof data60 === "string") {
                if (func2(data60) < 1) {
                  const err143 = { instancePath: instancePath + "/signing/pkcs11/token-label", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/token-label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              } else {
                const err144 = { instancePath: instancePath + "/signing/pkcs11/token-label", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/token-label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data57.label !== void 0) {
              let data61 = data57.label;
              if (typeof data61 === "string") {
                if (func2(data61) < 1) {
                  const err145 = { instancePath: instancePath + "/signing/pkcs11/label", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
              } else {
                const err146 = { instancePath: instancePath + "/signing/pkcs11/label", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data57["pin-env"] !== void 0) {
              let data62 = data57["pin-env"];
              if (typeof data62 === "string") {
                if (!pattern12.test(data62)) {
                  const err147 = { instancePath: instancePath + "/signing/pkcs11/pin-env", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/pin-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              } else {
                const err148 = { instancePath: instancePath + "/signing/pkcs11/pin-env", schemaPath: "policy/signing.schema.json/properties/pkcs11/properties/pin-env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
          } else {
            const err149 = { instancePath: instancePath + "/signing/pkcs11", schemaPath: "policy/signing.schema.json/properties/pkcs11/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
        if (data41.gpg !== void 0) {
          let data63 = data41.gpg;
          if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
            for (const key11 in data63) {
              if (!(key11 === "key-id" || key11 === "home")) {
                const err150 = { instancePath: instancePath + "/signing/gpg", schemaPath: "policy/signing.schema.json/properties/gpg/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data63["key-id"] !== void 0) {
              let data64 = data63["key-id"];
              if (typeof data64 === "string") {
                if (!pattern13.test(data64)) {
                  const err151 = { instancePath: instancePath + "/signing/gpg/key-id", schemaPath: "policy/signing.schema.json/properties/gpg/properties/key-id/pattern", keyword: "pattern", params: { pattern: "^(0x)?[0-9A-Fa-f]{16,40}$" }, message: 'must match pattern "^(0x)?[0-9A-Fa-f]{16,40}$"' };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              } else {
                const err152 = { instancePath: instancePath + "/signing/gpg/key-id", schemaPath: "policy/signing.schema.json/properties/gpg/properties/key-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data63.home !== void 0) {
              let data65 = data63.home;
              if (typeof data65 === "string") {
                if (func2(data65) < 1) {
                  const err153 = { instancePath: instancePath + "/signing/gpg/home", schemaPath: "policy/signing.schema.json/properties/gpg/properties/home/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              } else {
                const err154 = { instancePath: instancePath + "/signing/gpg/home", schemaPath: "policy/signing.schema.json/properties/gpg/properties/home/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
          } else {
            const err155 = { instancePath: instancePath + "/signing/gpg", schemaPath: "policy/signing.schema.json/properties/gpg/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
      } else {
        const err156 = { instancePath: instancePath + "/signing", schemaPath: "policy/signing.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
    }
    if (data.registries !== void 0) {
      if (!validate12(data.registries, { instancePath: instancePath + "/registries", parentData: data, parentDataProperty: "registries", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data["export-control"] !== void 0) {
      if (!validate14(data["export-control"], { instancePath: instancePath + "/export-control", parentData: data, parentDataProperty: "export-control", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.sbom !== void 0) {
      let data68 = data.sbom;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        for (const key12 in data68) {
          if (!(key12 === "format" || key12 === "spec-version" || key12 === "include-dev" || key12 === "allowed-hosts" || key12 === "redactions")) {
            const err157 = { instancePath: instancePath + "/sbom", schemaPath: "policy/sbom.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err157];
            } else {
              vErrors.push(err157);
            }
            errors++;
          }
        }
        if (data68.format !== void 0) {
          let data69 = data68.format;
          const _errs164 = errors;
          let valid47 = false;
          let passing2 = null;
          const _errs165 = errors;
          if (!(data69 === "cyclonedx" || data69 === "spdx")) {
            const err158 = { instancePath: instancePath + "/sbom/format", schemaPath: "policy/sbom.schema.json/properties/format/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema25.properties.format.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
          var _valid2 = _errs165 === errors;
          if (_valid2) {
            valid47 = true;
            passing2 = 0;
          }
          const _errs166 = errors;
          if (Array.isArray(data69)) {
            if (data69.length < 1) {
              const err159 = { instancePath: instancePath + "/sbom/format", schemaPath: "policy/sbom.schema.json/properties/format/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            const len10 = data69.length;
            for (let i16 = 0; i16 < len10; i16++) {
              let data70 = data69[i16];
              if (!(data70 === "cyclonedx" || data70 === "spdx")) {
                const err160 = { instancePath: instancePath + "/sbom/format/" + i16, schemaPath: "policy/sbom.schema.json/properties/format/oneOf/1/items/enum", keyword: "enum", params: { allowedValues: schema25.properties.format.oneOf[1].items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
          } else {
            const err161 = { instancePath: instancePath + "/sbom/format", schemaPath: "policy/sbom.schema.json/properties/format/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
          var _valid2 = _errs166 === errors;
          if (_valid2 && valid47) {
            valid47 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid47 = true;
              passing2 = 1;
            }
          }
          if (!valid47) {
            const err162 = { instancePath: instancePath + "/sbom/format", schemaPath: "policy/sbom.schema.json/properties/format/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err162];
            } else {
              vErrors.push(err162);
            }
            errors++;
          } else {
            errors = _errs164;
            if (vErrors !== null) {
              if (_errs164) {
                vErrors.length = _errs164;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data68["spec-version"] !== void 0) {
          let data71 = data68["spec-version"];
          if (!(data71 === "1.5" || data71 === "1.6" || data71 === "2.3")) {
            const err163 = { instancePath: instancePath + "/sbom/spec-version", schemaPath: "policy/sbom.schema.json/properties/spec-version/enum", keyword: "enum", params: { allowedValues: schema25.properties["spec-version"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
        }
        if (data68["include-dev"] !== void 0) {
          if (typeof data68["include-dev"] !== "boolean") {
            const err164 = { instancePath: instancePath + "/sbom/include-dev", schemaPath: "policy/sbom.schema.json/properties/include-dev/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data68["allowed-hosts"] !== void 0) {
          let data73 = data68["allowed-hosts"];
          if (Array.isArray(data73)) {
            const len11 = data73.length;
            for (let i17 = 0; i17 < len11; i17++) {
              let data74 = data73[i17];
              if (typeof data74 === "string") {
                if (func2(data74) < 1) {
                  const err165 = { instancePath: instancePath + "/sbom/allowed-hosts/" + i17, schemaPath: "policy/sbom.schema.json/properties/allowed-hosts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
              } else {
                const err166 = { instancePath: instancePath + "/sbom/allowed-hosts/" + i17, schemaPath: "policy/sbom.schema.json/properties/allowed-hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
          } else {
            const err167 = { instancePath: instancePath + "/sbom/allowed-hosts", schemaPath: "policy/sbom.schema.json/properties/allowed-hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data68.redactions !== void 0) {
          let data75 = data68.redactions;
          if (Array.isArray(data75)) {
            const len12 = data75.length;
            for (let i18 = 0; i18 < len12; i18++) {
              let data76 = data75[i18];
              if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                if (data76.package === void 0) {
                  const err168 = { instancePath: instancePath + "/sbom/redactions/" + i18, schemaPath: "policy/sbom.schema.json/properties/redactions/items/required", keyword: "required", params: { missingProperty: "package" }, message: "must have required property 'package'" };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
                if (data76.reason === void 0) {
                  const err169 = { instancePath: instancePath + "/sbom/redactions/" + i18, schemaPath: "policy/sbom.schema.json/properties/redactions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
                if (data76.approvers === void 0) {
                  const err170 = { instancePath: instancePath + "/sbom/redactions/" + i18, schemaPath: "policy/sbom.schema.json/properties/redactions/items/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'" };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
                if (data76.expires === void 0) {
                  const err171 = { instancePath: instancePath + "/sbom/redactions/" + i18, schemaPath: "policy/sbom.schema.json/properties/redactions/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
                for (const key13 in data76) {
                  if (!(key13 === "package" || key13 === "reason" || key13 === "approvers" || key13 === "expires")) {
                    const err172 = { instancePath: instancePath + "/sbom/redactions/" + i18, schemaPath: "policy/sbom.schema.json/properties/redactions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data76.package !== void 0) {
                  let data77 = data76.package;
                  if (typeof data77 === "string") {
                    if (func2(data77) < 1) {
                      const err173 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/package", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/package/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                  } else {
                    const err174 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/package", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/package/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                if (data76.reason !== void 0) {
                  let data78 = data76.reason;
                  if (typeof data78 === "string") {
                    if (func2(data78) < 1) {
                      const err175 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/reason", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err175];
                      } else {
                        vErrors.push(err175);
                      }
                      errors++;
                    }
                  } else {
                    const err176 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/reason", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
                if (data76.approvers !== void 0) {
                  let data79 = data76.approvers;
                  if (Array.isArray(data79)) {
                    if (data79.length < 1) {
                      const err177 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/approvers", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/approvers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                    const len13 = data79.length;
                    for (let i19 = 0; i19 < len13; i19++) {
                      let data80 = data79[i19];
                      if (typeof data80 === "string") {
                        if (func2(data80) < 1) {
                          const err178 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/approvers/" + i19, schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/approvers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err178];
                          } else {
                            vErrors.push(err178);
                          }
                          errors++;
                        }
                      } else {
                        const err179 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/approvers/" + i19, schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/approvers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err180 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/approvers", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data76.expires !== void 0) {
                  let data81 = data76.expires;
                  if (typeof data81 === "string") {
                    if (!pattern17.test(data81)) {
                      const err181 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/expires", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                  } else {
                    const err182 = { instancePath: instancePath + "/sbom/redactions/" + i18 + "/expires", schemaPath: "policy/sbom.schema.json/properties/redactions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err182];
                    } else {
                      vErrors.push(err182);
                    }
                    errors++;
                  }
                }
              } else {
                const err183 = { instancePath: instancePath + "/sbom/redactions/" + i18, schemaPath: "policy/sbom.schema.json/properties/redactions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err183];
                } else {
                  vErrors.push(err183);
                }
                errors++;
              }
            }
          } else {
            const err184 = { instancePath: instancePath + "/sbom/redactions", schemaPath: "policy/sbom.schema.json/properties/redactions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
      } else {
        const err185 = { instancePath: instancePath + "/sbom", schemaPath: "policy/sbom.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err185];
        } else {
          vErrors.push(err185);
        }
        errors++;
      }
    }
    if (data.escalation !== void 0) {
      let data82 = data.escalation;
      if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
        for (const key14 in data82) {
          if (!(key14 === "after-hours" || key14 === "expiry-warning-days" || key14 === "default-owner" || key14 === "github-issues" || key14 === "webhooks")) {
            const err186 = { instancePath: instancePath + "/escalation", schemaPath: "policy/escalation.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
        }
        if (data82["after-hours"] !== void 0) {
          let data83 = data82["after-hours"];
          if (typeof data83 == "number") {
            if (data83 > 8760 || isNaN(data83)) {
              const err187 = { instancePath: instancePath + "/escalation/after-hours", schemaPath: "policy/escalation.schema.json/properties/after-hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 8760 }, message: "must be <= 8760" };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
            if (data83 < 0 || isNaN(data83)) {
              const err188 = { instancePath: instancePath + "/escalation/after-hours", schemaPath: "policy/escalation.schema.json/properties/after-hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
          } else {
            const err189 = { instancePath: instancePath + "/escalation/after-hours", schemaPath: "policy/escalation.schema.json/properties/after-hours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
        }
        if (data82["expiry-warning-days"] !== void 0) {
          let data84 = data82["expiry-warning-days"];
          if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)))) {
            const err190 = { instancePath: instancePath + "/escalation/expiry-warning-days", schemaPath: "policy/escalation.schema.json/properties/expiry-warning-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err190];
            } else {
              vErrors.push(err190);
            }
            errors++;
          }
          if (typeof data84 == "number") {
            if (data84 > 3650 || isNaN(data84)) {
              const err191 = { instancePath: instancePath + "/escalation/expiry-warning-days", schemaPath: "policy/escalation.schema.json/properties/expiry-warning-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            if (data84 < 0 || isNaN(data84)) {
              const err192 = { instancePath: instancePath + "/escalation/expiry-warning-days", schemaPath: "policy/escalation.schema.json/properties/expiry-warning-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
          }
        }
        if (data82["default-owner"] !== void 0) {
          let data85 = data82["default-owner"];
          if (typeof data85 === "string") {
            if (!pattern18.test(data85)) {
              const err193 = { instancePath: instancePath + "/escalation/default-owner", schemaPath: "policy/escalation.schema.json/properties/default-owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"' };
              if (vErrors === null) {
                vErrors = [err193];
              } else {
                vErrors.push(err193);
              }
              errors++;
            }
          } else {
            const err194 = { instancePath: instancePath + "/escalation/default-owner", schemaPath: "policy/escalation.schema.json/properties/default-owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
        if (data82["github-issues"] !== void 0) {
          let data86 = data82["github-issues"];
          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
            for (const key15 in data86) {
              if (!(key15 === "labels" || key15 === "mention-owners" || key15 === "max-per-run")) {
                const err195 = { instancePath: instancePath + "/escalation/github-issues", schemaPath: "policy/escalation.schema.json/properties/github-issues/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data86.labels !== void 0) {
              let data87 = data86.labels;
              if (Array.isArray(data87)) {
                if (data87.length > 20) {
                  const err196 = { instancePath: instancePath + "/escalation/github-issues/labels", schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/labels/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
                const len14 = data87.length;
                for (let i20 = 0; i20 < len14; i20++) {
                  let data88 = data87[i20];
                  if (typeof data88 === "string") {
                    if (func2(data88) > 50) {
                      const err197 = { instancePath: instancePath + "/escalation/github-issues/labels/" + i20, schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/labels/items/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
                      if (vErrors === null) {
                        vErrors = [err197];
                      } else {
                        vErrors.push(err197);
                      }
                      errors++;
                    }
                    if (func2(data88) < 1) {
                      const err198 = { instancePath: instancePath + "/escalation/github-issues/labels/" + i20, schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err198];
                      } else {
                        vErrors.push(err198);
                      }
                      errors++;
                    }
                  } else {
                    const err199 = { instancePath: instancePath + "/escalation/github-issues/labels/" + i20, schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                }
              } else {
                const err200 = { instancePath: instancePath + "/escalation/github-issues/labels", schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data86["mention-owners"] !== void 0) {
              if (typeof data86["mention-owners"] !== "boolean") {
                const err201 = { instancePath: instancePath + "/escalation/github-issues/mention-owners", schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/mention-owners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
            }
            if (data86["max-per-run"] !== void 0) {
              let data90 = data86["max-per-run"];
              if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)))) {
                const err202 = { instancePath: instancePath + "/escalation/github-issues/max-per-run", schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/max-per-run/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
              if (typeof data90 == "number") {
                if (data90 > 1e3 || isNaN(data90)) {
                  const err203 = { instancePath: instancePath + "/escalation/github-issues/max-per-run", schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/max-per-run/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                  if (vErrors === null) {
                    vErrors = [err203];
                  } else {
                    vErrors.push(err203);
                  }
                  errors++;
                }
                if (data90 < 1 || isNaN(data90)) {
                  const err204 = { instancePath: instancePath + "/escalation/github-issues/max-per-run", schemaPath: "policy/escalation.schema.json/properties/github-issues/properties/max-per-run/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err205 = { instancePath: instancePath + "/escalation/github-issues", schemaPath: "policy/escalation.schema.json/properties/github-issues/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          }
        }
        if (data82.webhooks !== void 0) {
          let data91 = data82.webhooks;
          if (Array.isArray(data91)) {
            if (data91.length > 10) {
              const err206 = { instancePath: instancePath + "/escalation/webhooks", schemaPath: "policy/escalation.schema.json/properties/webhooks/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            const len15 = data91.length;
            for (let i21 = 0; i21 < len15; i21++) {
              let data92 = data91[i21];
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                if (data92["url-env"] === void 0) {
                  const err207 = { instancePath: instancePath + "/escalation/webhooks/" + i21, schemaPath: "policy/escalation.schema.json/properties/webhooks/items/required", keyword: "required", params: { missingProperty: "url-env" }, message: "must have required property 'url-env'" };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
                for (const key16 in data92) {
                  if (!(key16 === "url-env" || key16 === "format")) {
                    const err208 = { instancePath: instancePath + "/escalation/webhooks/" + i21, schemaPath: "policy/escalation.schema.json/properties/webhooks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
                if (data92["url-env"] !== void 0) {
                  let data93 = data92["url-env"];
                  if (typeof data93 === "string") {
                    if (!pattern12.test(data93)) {
                      const err209 = { instancePath: instancePath + "/escalation/webhooks/" + i21 + "/url-env", schemaPath: "policy/escalation.schema.json/properties/webhooks/items/properties/url-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors++;
                    }
                  } else {
                    const err210 = { instancePath: instancePath + "/escalation/webhooks/" + i21 + "/url-env", schemaPath: "policy/escalation.schema.json/properties/webhooks/items/properties/url-env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                }
                if (data92.format !== void 0) {
                  let data94 = data92.format;
                  if (typeof data94 !== "string") {
                    const err211 = { instancePath: instancePath + "/escalation/webhooks/" + i21 + "/format", schemaPath: "policy/escalation.schema.json/properties/webhooks/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err211];
                    } else {
                      vErrors.push(err211);
                    }
                    errors++;
                  }
                  if (!(data94 === "slack" || data94 === "teams" || data94 === "json")) {
                    const err212 = { instancePath: instancePath + "/escalation/webhooks/" + i21 + "/format", schemaPath: "policy/escalation.schema.json/properties/webhooks/items/properties/format/enum", keyword: "enum", params: { allowedValues: schema26.properties.webhooks.items.properties.format.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err212];
                    } else {
                      vErrors.push(err212);
                    }
                    errors++;
                  }
                }
              } else {
                const err213 = { instancePath: instancePath + "/escalation/webhooks/" + i21, schemaPath: "policy/escalation.schema.json/properties/webhooks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
            }
          } else {
            const err214 = { instancePath: instancePath + "/escalation/webhooks", schemaPath: "policy/escalation.schema.json/properties/webhooks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
      } else {
        const err215 = { instancePath: instancePath + "/escalation", schemaPath: "policy/escalation.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err215];
        } else {
          vErrors.push(err215);
        }
        errors++;
      }
    }
    if (data.credentials !== void 0) {
      let data95 = data.credentials;
      if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
        for (const key17 in data95) {
          if (!(key17 === "max-age-days" || key17 === "query-registries")) {
            const err216 = { instancePath: instancePath + "/credentials", schemaPath: "policy/credentials.schema.json/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err216];
            } else {
              vErrors.push(err216);
            }
            errors++;
          }
        }
        if (data95["max-age-days"] !== void 0) {
          let data96 = data95["max-age-days"];
          if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
            const err217 = { instancePath: instancePath + "/credentials/max-age-days", schemaPath: "policy/credentials.schema.json/properties/max-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
          if (typeof data96 == "number") {
            if (data96 < 1 || isNaN(data96)) {
              const err218 = { instancePath: instancePath + "/credentials/max-age-days", schemaPath: "policy/credentials.schema.json/properties/max-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          }
        }
        if (data95["query-registries"] !== void 0) {
          if (typeof data95["query-registries"] !== "boolean") {
            const err219 = { instancePath: instancePath + "/credentials/query-registries", schemaPath: "policy/credentials.schema.json/properties/query-registries/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/credentials", schemaPath: "policy/credentials.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
    if (data.regimes !== void 0) {
      let data98 = data.regimes;
      if (Array.isArray(data98)) {
        const len16 = data98.length;
        for (let i22 = 0; i22 < len16; i22++) {
          let data99 = data98[i22];
          if (typeof data99 !== "string") {
            const err221 = { instancePath: instancePath + "/regimes/" + i22, schemaPath: "#/properties/regimes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
          if (!(data99 === "fedramp" || data99 === "hipaa" || data99 === "gdpr")) {
            const err222 = { instancePath: instancePath + "/regimes/" + i22, schemaPath: "#/properties/regimes/items/enum", keyword: "enum", params: { allowedValues: schema13.properties.regimes.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
        let i23 = data98.length;
        let j6;
        if (i23 > 1) {
          const indices6 = {};
          for (; i23--; ) {
            let item6 = data98[i23];
            if (typeof item6 !== "string") {
              continue;
            }
            if (typeof indices6[item6] == "number") {
              j6 = indices6[item6];
              const err223 = { instancePath: instancePath + "/regimes", schemaPath: "#/properties/regimes/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i23 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
              break;
            }
            indices6[item6] = i23;
          }
        }
      } else {
        const err224 = { instancePath: instancePath + "/regimes", schemaPath: "#/properties/regimes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err224];
        } else {
          vErrors.push(err224);
        }
        errors++;
      }
    }
  } else {
    const err225 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err225];
    } else {
      vErrors.push(err225);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

// packages/core/src/schema/config-schemas.ts
function checkManifestSchema(data) {
  return runValidator(validateManifest, data);
}
function checkPolicySchema(data) {
  return runValidator(validatePolicy, data);
}
function runValidator(validate, data) {
  if (validate(data)) return [];
  const problems = (validate.errors ?? []).filter(
    (error) => !["if", "anyOf", "oneOf", "$ref"].includes(error.keyword)
  ).map(toProblem);
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((problem) => {
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toProblem(error) {
  const pointer = error.instancePath;
  const params = error.params;
  const field = pointer === "" ? "the document" : `"${pointer.slice(1).replaceAll("/", ".")}"`;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      return {
        pointer: `${pointer}/${key}`,
        key,
        kind: "unknown-key",
        message: `unknown key "${key}" in ${field}`
      };
    }
    case "required": {
      const key = String(params["missingProperty"]);
      return {
        pointer,
        key,
        kind: "missing",
        message: `${field} is missing the required key "${key}"`
      };
    }
    case "type":
      return {
        pointer,
        kind: "type",
        message: `${field} must be ${articleFor(String(params["type"]))}`
      };
    case "enum":
      return {
        pointer,
        kind: "enum",
        message: `${field} must be one of: ${params["allowedValues"].join(", ")}`
      };
    case "pattern":
    case "format":
      return {
        pointer,
        kind: "format",
        message: `${field} ${error.message ?? "is malformed"}`
      };
    default:
      return {
        pointer,
        kind: "other",
        message: `${field} ${error.message ?? "is invalid"}`
      };
  }
}
function articleFor(type) {
  const names = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    boolean: "true or false",
    number: "a number",
    integer: "a whole number",
    null: "null"
  };
  return type.split(",").map((part) => names[part] ?? part).join(" or ");
}

// packages/core/src/manifest/release-manifest.ts
import { dirname, resolve } from "node:path";
async function parseManifestFile(file, cwd = process.cwd()) {
  const path = resolve(cwd, file);
  const document = await readYAMLFile(path, file);
  return {
    path,
    file,
    dir: dirname(path),
    document,
    problems: checkManifestSchema(document.data)
  };
}
async function loadManifest(file, cwd = process.cwd()) {
  const parsed = await parseManifestFile(file, cwd);
  if (parsed.problems.length > 0)
    throw schemaError(parsed.file, parsed.document, parsed.problems);
  return { ...parsed, manifest: parsed.document.data };
}
function schemaError(file, document, problems) {
  const first = problems[0];
  const at = first ? document.locate(first.pointer) : void 0;
  const list = problems.map((problem) => {
    const pos = document.locate(problem.pointer);
    return pos ? `${file}:${pos.line}:${pos.column}: ${problem.message}` : `${file}: ${problem.message}`;
  }).join("; ");
  return new UserError(
    "CONFIG_SCHEMA_INVALID",
    `${file} does not match its schema (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${list}`,
    { file, field: first?.pointer, line: at?.line, column: at?.column }
  );
}

// packages/core/src/policy/release-policy.ts
import { access } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
async function loadPolicy(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ?? "policy.yaml";
  const path = resolve2(cwd, file);
  if (options.file === void 0 && !await exists(path)) {
    return { dir: cwd, policy: {} };
  }
  const document = await readYAMLFile(path, file);
  const data = document.data ?? {};
  const problems = checkPolicySchema(data);
  if (problems.length > 0) throw schemaError(file, document, problems);
  if (!isRecord(data)) {
    throw new UserError("POLICY_NOT_MAPPING", `${file} must be a mapping`, {
      file
    });
  }
  return { path, file, dir: dirname2(path), document, policy: data };
}
function policySection(policy, name) {
  const section = policy[name];
  return isRecord(section) ? section : {};
}
async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export {
  checkManifestSchema,
  checkPolicySchema,
  parseManifestFile,
  loadManifest,
  schemaError,
  loadPolicy,
  policySection
};
