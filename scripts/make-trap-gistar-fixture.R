# Reference Gi* z values from spdep on the Chicago WNV trap sites (issue 17, part 4), for
# test/server/domain/hotspots/trap-spdep-agreement.test.ts. R is a fixture generator only;
# tests never run it. Run from the repository root:
#   Rscript scripts/make-trap-gistar-fixture.R && npx prettier --write data/fixtures/trap-gistar-spdep.json
# Input: ../shared/data/real/chicago-wnv-kaggle/train.csv (read in place, never copied here).
# Sites as SaniMap builds them from the imported surveys (test/helpers/real-data/chicago.ts):
# one survey per trap and date (count = sum of NumMosquitos over species and the rows Kaggle
# split at 50, effort = 1 trap-night); a site is a Trap at the mean position of its surveys;
# its value is mosquitoes per trap-night over the whole data, sum(count) / sum(effort).
# Distances: great circle on the s2 sphere (sf + s2, what spdep uses for geographic sf points);
# SaniMap uses haversine on the 6,371,008.8 m sphere, 2e-7 apart in relative terms.
suppressPackageStartupMessages({
	library(spdep)
	library(sf)
})

train <- read.csv(file.path("..", "shared", "data", "real", "chicago-wnv-kaggle", "train.csv"))
surveys <- aggregate(NumMosquitos ~ Trap + Date + Latitude + Longitude, train, sum)
stopifnot(!anyDuplicated(surveys[, c("Trap", "Date")]))
sites <- aggregate(cbind(Longitude, Latitude, NumMosquitos) ~ Trap, surveys, mean)
sites <- sites[order(sites$Trap, method = "radix"), ]
points <- st_as_sf(sites, coords = c("Longitude", "Latitude"), crs = 4326)
s2 <- st_as_s2(points)
n <- nrow(sites)

# ArcGIS's default band: the largest distance from a site to its nearest other site.
nearest1 <- knearneigh(points, k = 1)$nn[, 1]
band_m <- max(s2::s2_distance(s2, s2[nearest1]))
nb_band <- dnearneigh(points, 0, band_m / 1000)
NEAREST <- 8L
nb_knn <- knn2nb(knearneigh(points, k = NEAREST))

gistar <- function(nb) {
	lw <- nb2listw(include.self(nb), style = "B")
	as.numeric(localG(sites$NumMosquitos, lw))
}

num <- function(x) paste(formatC(x, digits = 17, format = "g"), collapse = ", ")
json <- paste0(
	"{\n",
	"  \"generator\": \"scripts/make-trap-gistar-fixture.R: spdep::localG(x, nb2listw(include.self(nb), style = 'B'))\",\n",
	"  \"spdep\": \"", as.character(packageVersion("spdep")), "\",\n",
	"  \"R\": \"", R.version$major, ".", R.version$minor, "\",\n",
	"  \"sites\": [", paste0("\"", sites$Trap, "\"", collapse = ", "), "],\n",
	"  \"bandM\": ", formatC(band_m, digits = 17, format = "g"), ",\n",
	"  \"nearest\": ", NEAREST, ",\n",
	"  \"cardinality\": { \"distance\": [", paste(card(nb_band), collapse = ", "), "] },\n",
	"  \"z\": {\n",
	"    \"distance\": [", num(gistar(nb_band)), "],\n",
	"    \"knn\": [", num(gistar(nb_knn)), "]\n",
	"  }\n}\n"
)
writeLines(json, file.path("data", "fixtures", "trap-gistar-spdep.json"), sep = "")
cat("wrote data/fixtures/trap-gistar-spdep.json for", n, "sites, band", round(band_m, 1), "m\n")
