import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  parsePackageURL
} from "./chunk-XPEMJPSB.js";
import {
  require_deprecated,
  require_spdx_exceptions,
  require_spdx_expression_parse,
  require_spdx_license_ids
} from "./chunk-CO55ZLQX.js";
import {
  policySection
} from "./chunk-62XS2I6U.js";
import {
  isRecord,
  limits
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import {
  __commonJS,
  __toESM
} from "./chunk-GUYOKWKK.js";

// node_modules/array-find-index/index.js
var require_array_find_index = __commonJS({
  "node_modules/array-find-index/index.js"(exports, module) {
    "use strict";
    module.exports = function(arr, predicate, ctx) {
      if (typeof Array.prototype.findIndex === "function") {
        return arr.findIndex(predicate, ctx);
      }
      if (typeof predicate !== "function") {
        throw new TypeError("predicate must be a function");
      }
      var list = Object(arr);
      var len = list.length;
      if (len === 0) {
        return -1;
      }
      for (var i = 0; i < len; i++) {
        if (predicate.call(ctx, list[i], i, list)) {
          return i;
        }
      }
      return -1;
    };
  }
});

// node_modules/spdx-compare/node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-compare/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions2 = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions2.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-compare/node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-compare/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression2();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression2 = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression2();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-compare/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse2 = __commonJS({
  "node_modules/spdx-compare/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/spdx-ranges/index.json
var require_spdx_ranges = __commonJS({
  "node_modules/spdx-ranges/index.json"(exports, module) {
    module.exports = [
      [
        "AFL-1.1",
        "AFL-1.2",
        "AFL-2.0",
        "AFL-2.1",
        "AFL-3.0"
      ],
      [
        "AGPL-1.0",
        [
          "AGPL-3.0",
          "AGPL-3.0-only"
        ]
      ],
      [
        "Apache-1.0",
        "Apache-1.1",
        "Apache-2.0"
      ],
      [
        "APSL-1.0",
        "APSL-1.1",
        "APSL-1.2",
        "APSL-2.0"
      ],
      [
        "Artistic-1.0",
        "Artistic-2.0"
      ],
      [
        "BitTorrent-1.0",
        "BitTorrent-1.1"
      ],
      [
        "CC-BY-1.0",
        "CC-BY-2.0",
        "CC-BY-2.5",
        "CC-BY-3.0",
        "CC-BY-4.0"
      ],
      [
        "CC-BY-NC-1.0",
        "CC-BY-NC-2.0",
        "CC-BY-NC-2.5",
        "CC-BY-NC-3.0",
        "CC-BY-NC-4.0"
      ],
      [
        "CC-BY-NC-ND-1.0",
        "CC-BY-NC-ND-2.0",
        "CC-BY-NC-ND-2.5",
        "CC-BY-NC-ND-3.0",
        "CC-BY-NC-ND-4.0"
      ],
      [
        "CC-BY-NC-SA-1.0",
        "CC-BY-NC-SA-2.0",
        "CC-BY-NC-SA-2.5",
        "CC-BY-NC-SA-3.0",
        "CC-BY-NC-SA-4.0"
      ],
      [
        "CC-BY-ND-1.0",
        "CC-BY-ND-2.0",
        "CC-BY-ND-2.5",
        "CC-BY-ND-3.0",
        "CC-BY-ND-4.0"
      ],
      [
        "CC-BY-SA-1.0",
        "CC-BY-SA-2.0",
        "CC-BY-SA-2.5",
        "CC-BY-SA-3.0",
        "CC-BY-SA-4.0"
      ],
      [
        "CDDL-1.0",
        "CDDL-1.1"
      ],
      [
        "CECILL-1.0",
        "CECILL-1.1",
        "CECILL-2.0"
      ],
      [
        "ECL-1.0",
        "ECL-2.0"
      ],
      [
        "EFL-1.0",
        "EFL-2.0"
      ],
      [
        "EPL-1.0",
        "EPL-2.0"
      ],
      [
        "EUPL-1.0",
        "EUPL-1.1"
      ],
      [
        [
          "GFDL-1.1",
          "GFDL-1.1-only"
        ],
        [
          "GFDL-1.2",
          "GFDL-1.2-only"
        ],
        [
          "GFDL-1.1-or-later",
          "GFDL-1.2-or-later",
          "GFDL-1.3",
          "GFDL-1.3-only",
          "GFDL-1.3-or-later"
        ]
      ],
      [
        [
          "GPL-1.0",
          "GPL-1.0-only"
        ],
        [
          "GPL-2.0",
          "GPL-2.0-only"
        ],
        [
          "GPL-1.0-or-later",
          "GPL-2.0-or-later",
          "GPL-3.0",
          "GPL-3.0-only",
          "GPL-3.0-or-later"
        ]
      ],
      [
        [
          "LGPL-2.0",
          "LGPL-2.0-only"
        ],
        [
          "LGPL-2.1",
          "LGPL-2.1-only"
        ],
        [
          "LGPL-2.0-or-later",
          "LGPL-2.1-or-later",
          "LGPL-3.0",
          "LGPL-3.0-only",
          "LGPL-3.0-or-later"
        ]
      ],
      [
        "LPL-1.0",
        "LPL-1.02"
      ],
      [
        "LPPL-1.0",
        "LPPL-1.1",
        "LPPL-1.2",
        "LPPL-1.3a",
        "LPPL-1.3c"
      ],
      [
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0"
      ],
      [
        "MPL-1.0",
        "MPL-1.1",
        "MPL-2.0-no-copyleft-exception"
      ],
      [
        "NPL-1.0",
        "NPL-1.1"
      ],
      [
        "OFL-1.0",
        "OFL-1.1"
      ],
      [
        "OLDAP-1.1",
        "OLDAP-1.2",
        "OLDAP-1.3",
        "OLDAP-1.4",
        "OLDAP-2.0",
        "OLDAP-2.0.1",
        "OLDAP-2.1",
        "OLDAP-2.2",
        "OLDAP-2.2.1",
        "OLDAP-2.2.2",
        "OLDAP-2.3",
        "OLDAP-2.4",
        "OLDAP-2.5",
        "OLDAP-2.6",
        "OLDAP-2.7",
        "OLDAP-2.8"
      ],
      [
        "OSL-1.0",
        "OSL-1.1",
        "OSL-2.0",
        "OSL-2.1",
        "OSL-3.0"
      ],
      [
        "PHP-3.0",
        "PHP-3.01"
      ],
      [
        "RPL-1.1",
        "RPL-1.5"
      ],
      [
        "SGI-B-1.0",
        "SGI-B-1.1",
        "SGI-B-2.0"
      ],
      [
        "YPL-1.0",
        "YPL-1.1"
      ],
      [
        "ZPL-1.1",
        "ZPL-2.0",
        "ZPL-2.1"
      ],
      [
        "Zimbra-1.3",
        "Zimbra-1.4"
      ],
      [
        "bzip2-1.0.5",
        "bzip2-1.0.6"
      ]
    ];
  }
});

// node_modules/spdx-compare/index.js
var require_spdx_compare = __commonJS({
  "node_modules/spdx-compare/index.js"(exports) {
    var arrayFindIndex = require_array_find_index();
    var parse2 = require_spdx_expression_parse2();
    var ranges = require_spdx_ranges();
    var notALicenseIdentifier = " is not a simple license identifier";
    var rangeComparison = function(comparison) {
      return function(first, second) {
        var firstAST = parse2(first);
        if (!firstAST.hasOwnProperty("license")) {
          throw new Error('"' + first + '"' + notALicenseIdentifier);
        }
        var secondAST = parse2(second);
        if (!secondAST.hasOwnProperty("license")) {
          throw new Error('"' + second + '"' + notALicenseIdentifier);
        }
        return ranges.some(function(range) {
          var firstLicense = firstAST.license;
          var indexOfFirst = arrayFindIndex(range, function(element) {
            return element === firstLicense || Array.isArray(element) && element.indexOf(firstLicense) !== -1;
          });
          if (indexOfFirst < 0) {
            return false;
          }
          var secondLicense = secondAST.license;
          var indexOfSecond = arrayFindIndex(range, function(element) {
            return element === secondLicense || Array.isArray(element) && element.indexOf(secondLicense) !== -1;
          });
          if (indexOfSecond < 0) {
            return false;
          }
          return comparison(indexOfFirst, indexOfSecond);
        });
      };
    };
    exports.gt = rangeComparison(function(first, second) {
      return first > second;
    });
    exports.lt = rangeComparison(function(first, second) {
      return first < second;
    });
    exports.eq = rangeComparison(function(first, second) {
      return first === second;
    });
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/scan.js
var require_scan2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions2 = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions2.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/parse.js
var require_parse2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression2();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression2 = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression2();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse3 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan2();
    var parse2 = require_parse2();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/spdx-satisfies/index.js
var require_spdx_satisfies = __commonJS({
  "node_modules/spdx-satisfies/index.js"(exports, module) {
    var compare = require_spdx_compare();
    var parse2 = require_spdx_expression_parse3();
    var ranges = require_spdx_ranges();
    function rangesAreCompatible(first, second) {
      return first.license === second.license || ranges.some(function(range) {
        return licenseInRange(first.license, range) && licenseInRange(second.license, range);
      });
    }
    function licenseInRange(license, range) {
      return range.indexOf(license) !== -1 || range.some(function(element) {
        return Array.isArray(element) && element.indexOf(license) !== -1;
      });
    }
    function identifierInRange(identifier, range) {
      return identifier.license === range.license || compare.gt(identifier.license, range.license) || compare.eq(identifier.license, range.license);
    }
    function licensesAreCompatible(first, second) {
      if (first.exception !== second.exception) {
        return false;
      } else if (second.hasOwnProperty("license")) {
        if (second.hasOwnProperty("plus")) {
          if (first.hasOwnProperty("plus")) {
            return rangesAreCompatible(first, second);
          } else {
            return identifierInRange(first, second);
          }
        } else {
          if (first.hasOwnProperty("plus")) {
            return identifierInRange(second, first);
          } else {
            return first.license === second.license;
          }
        }
      }
    }
    function replaceGPLOnlyOrLaterWithRanges(argument) {
      var license = argument.license;
      if (license) {
        if (endsWith(license, "-or-later")) {
          argument.license = license.replace("-or-later", "");
          argument.plus = true;
        } else if (endsWith(license, "-only")) {
          argument.license = license.replace("-only", "");
          delete argument.plus;
        }
      } else if (argument.left && argument.right) {
        argument.left = replaceGPLOnlyOrLaterWithRanges(argument.left);
        argument.right = replaceGPLOnlyOrLaterWithRanges(argument.right);
      }
      return argument;
    }
    function endsWith(string, substring) {
      return string.indexOf(substring) === string.length - substring.length;
    }
    function licenseString(e) {
      if (e.hasOwnProperty("noassertion")) return "NOASSERTION";
      if (e.license) {
        return e.license + (e.plus ? "+" : "") + (e.exception ? "WITH " + e.exception : "");
      }
    }
    function expand(expression) {
      return sort(expandInner(expression));
    }
    function expandInner(expression) {
      if (!expression.conjunction) return [{ [licenseString(expression)]: expression }];
      if (expression.conjunction === "or") return expandInner(expression.left).concat(expandInner(expression.right));
      if (expression.conjunction === "and") {
        var left = expandInner(expression.left);
        var right = expandInner(expression.right);
        return left.reduce(function(result, l) {
          right.forEach(function(r) {
            result.push(Object.assign({}, l, r));
          });
          return result;
        }, []);
      }
    }
    function sort(licenseList) {
      var sortedLicenseLists = licenseList.filter(function(e) {
        return Object.keys(e).length;
      }).map(function(e) {
        return Object.keys(e).sort();
      });
      return sortedLicenseLists.map(function(list, i) {
        return list.map(function(license) {
          return licenseList[i][license];
        });
      });
    }
    function isANDCompatible(parsedExpression, parsedLicenses) {
      return parsedExpression.every(function(element) {
        return parsedLicenses.some(function(approvedLicense) {
          return licensesAreCompatible(element, approvedLicense);
        });
      });
    }
    function satisfies2(spdxExpression, arrayOfLicenses) {
      var parsedExpression = expand(replaceGPLOnlyOrLaterWithRanges(parse2(spdxExpression)));
      var parsedLicenses = arrayOfLicenses.map(function(l) {
        return replaceGPLOnlyOrLaterWithRanges(parse2(l));
      });
      for (const parsed of parsedLicenses) {
        if (parsed.hasOwnProperty("conjunction")) {
          throw new Error("Approved licenses cannot be AND or OR expressions.");
        }
      }
      return parsedExpression.some(function(o) {
        return isANDCompatible(o, parsedLicenses);
      });
    }
    module.exports = satisfies2;
  }
});

// packages/core/src/policy-scan/scan-subjects.ts
import { basename } from "node:path";
function artifactRefs(manifest) {
  return manifest.manifest.artifacts.map((artifact, index) => ({
    artifact,
    index,
    location: locationIn(manifest, `/artifacts/${index}`)
  }));
}
function locationIn(manifest, pointer) {
  return { file: manifest.file, pointer, ...manifest.document.locate(pointer) };
}
function artifactForSBOM(sbom, refs, named) {
  const byName = (name) => name === void 0 ? void 0 : refs.find((ref) => ref.artifact.name === name);
  const subject = sbom.components.find((component) => component.subject);
  const file = basename(sbom.file);
  return byName(named) ?? byName(subject?.packageName) ?? byName(subject?.name) ?? refs.find((ref) => file.startsWith(`${ref.artifact.name}.`)) ?? (refs.length === 1 ? refs[0] : void 0);
}
function subjectLocation(subject) {
  if (!subject.artifact) return { file: subject.sbom.file };
  const location = subject.artifact.location;
  return { ...location };
}

// packages/core/src/policy-scan/scan-policy.ts
import { resolve } from "node:path";

// packages/core/src/policy-scan/license-evaluation.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var import_spdx_satisfies = __toESM(require_spdx_satisfies(), 1);
var maxExpressionLength = 4096;
var maxAlternatives = 256;
function evaluateLicense(expression, lists) {
  if (expression === void 0)
    return { kind: "unknown", reason: "no licence is recorded" };
  if (expression.length > maxExpressionLength) {
    return {
      kind: "unknown",
      reason: `the licence is longer than ${maxExpressionLength} characters`
    };
  }
  const tree = parseExpression(expression);
  if (!tree)
    return {
      kind: "unknown",
      reason: `"${expression}" is not an SPDX expression`
    };
  const alternatives = alternativesOf(tree);
  if (!alternatives) {
    return {
      kind: "unknown",
      reason: `"${expression}" has more than ${maxAlternatives} alternatives`
    };
  }
  const allow = lists.allow.filter((entry) => !lists.deny.includes(entry));
  const isDenied = (leaf) => deniedLeaf(leaf, lists.deny);
  const isAllowed = (leaf) => !isDenied(leaf) && (allow.length === 0 || matches(leaf, allow));
  const choice = alternatives.find((leaves) => leaves.every(isAllowed));
  if (choice) return { kind: "allowed", choice };
  const denied = alternatives.map((leaves) => leaves.filter(isDenied));
  if (denied.every((list) => list.length > 0)) {
    return { kind: "denied", licenses: unique(denied.flat()) };
  }
  const missing = alternatives.flatMap(
    (leaves) => leaves.filter((leaf) => !isAllowed(leaf))
  );
  return { kind: "not-allowed", licenses: unique(missing) };
}
function parseExpression(expression) {
  if (expression.length > maxExpressionLength) return void 0;
  try {
    return (0, import_spdx_expression_parse.default)(expression);
  } catch {
    return void 0;
  }
}
function isSimpleLicense(text) {
  const tree = parseExpression(text);
  return tree !== void 0 && "license" in tree;
}
function alternativesOf(node) {
  if ("license" in node) return [[leafText(node)]];
  const left = alternativesOf(node.left);
  const right = alternativesOf(node.right);
  if (!left || !right) return void 0;
  if (node.conjunction === "or") {
    return left.length + right.length > maxAlternatives ? void 0 : [...left, ...right];
  }
  if (left.length * right.length > maxAlternatives) return void 0;
  return left.flatMap((a) => right.map((b) => unique([...a, ...b])));
}
function leafText(leaf) {
  const plus = leaf.plus ? "+" : "";
  const exception = leaf.exception ? ` WITH ${leaf.exception}` : "";
  return `${leaf.license}${plus}${exception}`;
}
function matches(leaf, list) {
  if (list.length === 0) return false;
  if (list.includes(leaf)) return true;
  try {
    return (0, import_spdx_satisfies.default)(leaf, list);
  } catch {
    return false;
  }
}
function deniedLeaf(leaf, deny) {
  if (deny.includes(leaf)) return true;
  if (/\+|-or-later/.test(leaf)) return false;
  return matches(leaf, deny);
}
function unique(list) {
  return [...new Set(list)];
}

// packages/core/src/policy-scan/scan-policy.ts
var severityLevels = ["low", "moderate", "high", "critical"];
var defaultApprovedAlgorithms = [
  "ecdsa-p256",
  "ecdsa-p384",
  "ecdsa-p521",
  "ecdsa-p256-sha256",
  "ecdsa-p384-sha384",
  "ecdsa-p521-sha512",
  "rsa-pkcs1-sha256",
  "rsa-pss-sha256",
  "rsa-pkcs1-sha384",
  "rsa-pss-sha384",
  "rsa-pkcs1-sha512",
  "rsa-pss-sha512",
  "ed25519"
];
var defaultRegimeRegions = {
  fedramp: ["us-*"],
  hipaa: ["us-*"],
  gdpr: ["eu-*"]
};
async function scanPolicyFrom(loaded) {
  const { policy } = loaded;
  const at = (pointer) => loaded.file ? { file: loaded.file, pointer, ...loaded.document?.locate(pointer) } : void 0;
  const licenses = policySection(policy, "licenses");
  const vulnerabilities = policySection(policy, "vulnerabilities");
  const advisories = vulnerabilities["advisories"];
  const scan = {
    licenses: {
      allow: stringList(licenses["allow"]),
      deny: stringList(licenses["deny"]),
      unknown: licenses["unknown"] === "warn" ? "warn" : "fail",
      overrides: overrides(licenses["overrides"], at)
    },
    vulnerabilities: {
      failOn: failOn(vulnerabilities["fail-on"]),
      advisories: typeof advisories === "string" ? resolve(loaded.dir, advisories) : void 0,
      osvAPI: osvAPI(vulnerabilities["osv-api"]),
      fixableOnly: vulnerabilities["fixable-only"] === true,
      deny: stringList(vulnerabilities["deny"])
    },
    exceptions: exceptions(policy["exceptions"], at),
    exportControl: await exportControl(
      policySection(policy, "export-control"),
      at
    ),
    regimes: stringList(policy["regimes"]),
    file: loaded.file,
    registries: registries(policy["registries"])
  };
  checkLicenseLists(scan, at);
  return scan;
}
var publicOSVAPI = "https://api.osv.dev";
function osvAPI(value) {
  if (value === true) return publicOSVAPI;
  return typeof value === "string" ? value.replace(/\/+$/, "") : void 0;
}
function failOn(value) {
  if (value === "medium") return "moderate";
  if (value === "none") return "none";
  return severityLevels.find((level) => level === value) ?? "high";
}
function checkLicenseLists(scan, at) {
  for (const key of ["allow", "deny"]) {
    scan.licenses[key].forEach((entry, index) => {
      if (!isSimpleLicense(entry)) {
        throw configError(
          `licenses.${key}[${index}] "${entry}" is not a single SPDX licence (use an id such as MIT, optionally with + or WITH; AND/OR belong in package licences, not in the lists)`,
          at(`/licenses/${key}/${index}`)
        );
      }
    });
  }
}
function overrides(value, at) {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry, index) => {
    const pointer = `/licenses/overrides/${index}`;
    const purl = String(entry["purl"]);
    const license = String(entry["license"]);
    if (!parsePackageURL(purl)) {
      throw configError(
        `licenses.overrides[${index}].purl "${purl}" is not a package URL`,
        at(`${pointer}/purl`)
      );
    }
    if (!parseExpression(license)) {
      throw configError(
        `licenses.overrides[${index}].license "${license}" is not an SPDX expression`,
        at(`${pointer}/license`)
      );
    }
    return {
      purl,
      license,
      reason: String(entry["reason"]),
      location: at(pointer)
    };
  });
}
function exceptions(value, at) {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry, index) => {
    const pointer = `/exceptions/${index}`;
    const expires = String(entry["expires"]);
    const expiresAt = expiryOf(expires);
    if (!expiresAt) {
      throw configError(
        `exceptions[${index}].expires "${expires}" is not a date (YYYY-MM-DD or an RFC 3339 time)`,
        at(`${pointer}/expires`)
      );
    }
    return {
      id: String(entry["id"]),
      scope: String(entry["scope"]),
      reason: String(entry["reason"]),
      owner: String(entry["owner"]),
      approvers: stringList(entry["approvers"]),
      expires,
      expiresAt,
      location: at(pointer)
    };
  });
}
function expiryOf(text) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date2 = /* @__PURE__ */ new Date(`${text}T23:59:59.999Z`);
    return Number.isNaN(date2.getTime()) ? void 0 : date2;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(
    text
  )) {
    return void 0;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? void 0 : date;
}
async function exportControl(section, at) {
  const pattern = section["ticket-pattern"];
  let ticketPattern;
  if (typeof pattern === "string") {
    if (pattern.length > limits.patternLength) {
      throw configError(
        `export-control.ticket-pattern is longer than ${limits.patternLength} characters`,
        at("/export-control/ticket-pattern")
      );
    }
    const engine = (await import("./build-ZYJDRC32.js")).RE2JS;
    try {
      ticketPattern = engine.compile(`^(?:${pattern})$`);
    } catch {
      throw configError(
        `export-control.ticket-pattern "${pattern}" is not a valid regular expression`,
        at("/export-control/ticket-pattern")
      );
    }
  }
  const regimeRegions = isRecord(section["regime-regions"]) ? section["regime-regions"] : {};
  return {
    requireClassification: section["require-classification"] !== false,
    allowedECCNs: stringList(section["allowed-eccns"]),
    ticketPattern,
    registryRegions: stringMap(section["registry-regions"]),
    allowedRegions: stringList(section["allowed-regions"]),
    approvedSigningAlgorithms: Array.isArray(
      section["approved-signing-algorithms"]
    ) ? stringList(section["approved-signing-algorithms"]).map(
      (name) => name.toLowerCase()
    ) : defaultApprovedAlgorithms,
    regimeRegions: Object.fromEntries(
      Object.entries(defaultRegimeRegions).map(([regime, regions]) => [
        regime,
        Array.isArray(regimeRegions[regime]) ? stringList(regimeRegions[regime]) : regions
      ])
    )
  };
}
function registries(value) {
  if (!isRecord(value)) return {};
  const result = {};
  for (const [name, entry] of Object.entries(value)) {
    if (isRecord(entry)) result[name] = entry;
  }
  return result;
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function stringMap(value) {
  if (!isRecord(value)) return {};
  const result = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string") result[key] = item;
  }
  return result;
}
function configError(message, location) {
  return new UserError("POLICY_SCAN_CONFIG_INVALID", message, {
    file: location?.file,
    field: location?.pointer,
    line: location?.line,
    column: location?.column
  });
}

export {
  evaluateLicense,
  artifactRefs,
  artifactForSBOM,
  subjectLocation,
  severityLevels,
  scanPolicyFrom
};
