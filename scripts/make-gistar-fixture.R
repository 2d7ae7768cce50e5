# Reference Gi* z values from spdep for the agreement test (test/server/domain/hotspots).
# Input: data/fixtures/gistar-input.csv and gistar-neighbours.csv (scripts/export-gistar-input.ts).
# Output: data/fixtures/gistar-spdep.json. R is a fixture generator only; tests never run it.
# Run: apt-get install -y --no-install-recommends r-cran-spdep; Rscript scripts/make-gistar-fixture.R;
# then npx prettier --write data/fixtures/gistar-spdep.json (npm run check formats JSON).
suppressPackageStartupMessages(library(spdep))

dir <- file.path("data", "fixtures")
cells <- read.csv(file.path(dir, "gistar-input.csv"), colClasses = c("integer", "character", "numeric"))
pairs <- read.csv(file.path(dir, "gistar-neighbours.csv"))
n <- nrow(cells)

gistar <- function(k) {
	edges <- pairs[pairs$k == k, ]
	nb <- lapply(seq_len(n), function(i) sort(as.integer(edges$to[edges$from == i])))
	nb <- lapply(nb, function(x) if (length(x)) x else 0L)
	class(nb) <- "nb"
	attr(nb, "region.id") <- as.character(seq_len(n))
	attr(nb, "sym") <- TRUE
	lw <- nb2listw(include.self(nb), style = "B", zero.policy = TRUE)
	as.numeric(localG(cells$value, lw, zero.policy = TRUE))
}

num <- function(x) paste(formatC(x, digits = 17, format = "g"), collapse = ", ")
json <- paste0(
	"{\n",
	"  \"generator\": \"scripts/make-gistar-fixture.R: spdep::localG(x, nb2listw(include.self(nb), style = 'B'))\",\n",
	"  \"spdep\": \"", as.character(packageVersion("spdep")), "\",\n",
	"  \"R\": \"", R.version$major, ".", R.version$minor, "\",\n",
	"  \"h3\": [", paste0("\"", cells$h3, "\"", collapse = ", "), "],\n",
	"  \"z\": {\n",
	"    \"1\": [", num(gistar(1)), "],\n",
	"    \"2\": [", num(gistar(2)), "]\n",
	"  }\n}\n"
)
writeLines(json, file.path(dir, "gistar-spdep.json"), sep = "")
cat("wrote", file.path(dir, "gistar-spdep.json"), "for", n, "cells\n")
